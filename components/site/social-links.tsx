import type { SocialLink } from "@/db/queries/public-site-settings";
import { ExternalLink } from "./external-link";

// Simple marks drawn for us (not the networks' artwork), enough to tell the three apart at a glance.
const marks: Record<SocialLink["network"], React.ReactNode> = {
  facebook: <path d="M13.5 21v-7.5H16l.4-3h-2.9V8.6c0-.9.3-1.5 1.5-1.5h1.5V4.4c-.3 0-1.2-.1-2.2-.1-2.2 0-3.7 1.3-3.7 3.8v2.4H8v3h2.6V21z" />,
  zalo: <path d="M5 5h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-4 3v-3H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zm2.5 3.5v1.4h3.2l-3.4 4.3v1.3h5.1v-1.4H9.2l3.4-4.3V8.5z" />,
  youtube: <path d="M21.6 7.2a2.5 2.5 0 0 0-1.8-1.8C18.2 5 12 5 12 5s-6.2 0-7.8.4A2.5 2.5 0 0 0 2.4 7.2 26 26 0 0 0 2 12a26 26 0 0 0 .4 4.8 2.5 2.5 0 0 0 1.8 1.8C5.8 19 12 19 12 19s6.2 0 7.8-.4a2.5 2.5 0 0 0 1.8-1.8A26 26 0 0 0 22 12a26 26 0 0 0-.4-4.8zM10 15V9l5.2 3z" />,
};

/** The union's Facebook page, Zalo OA and YouTube channel, named for screen readers as for everyone. */
export function SocialLinks({ links, name }: { links: SocialLink[]; name: string }) {
  if (links.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={`${name} trên mạng xã hội`}>
      {links.map((link) => (
        <li key={link.network}>
          <ExternalLink href={link.url} className="inline-flex min-h-10 items-center gap-2 rounded-full bg-white/10 px-3 py-1.5 text-sm font-semibold text-white hover:bg-white/20">
            <svg viewBox="0 0 24 24" aria-hidden="true" className="h-5 w-5 fill-current">{marks[link.network]}</svg>
            {link.label}
          </ExternalLink>
        </li>
      ))}
    </ul>
  );
}
