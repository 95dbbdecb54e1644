"use client";

import { useState } from "react";
import { typedAsIs } from "@/components/ui/field";
import { UnionEmblem } from "@/components/site/union-emblem";
import { Button } from "@/components/ui/button";
import { SaveBar } from "@/components/ui/save-bar";
import { TextField } from "@/components/ui/text-field";
import { useInBrowser } from "@/components/ui/use-in-browser";
import type { SiteSettings } from "@/core/schemas/site-settings";
import { ActionOutcome } from "./action-outcome";
import { ImageSettingField, type ChosenImage } from "./image-setting-field";
import { MediaPicker } from "./media-picker";
import { RelatedLinksField, SloganListField } from "./settings-list-fields";
import { useKeptForm, type FormAction } from "./use-kept-form";
import { NOT_AN_EDIT } from "./use-leave-guard";

type SiteSettingsFormProps = {
  settings: SiteSettings;
  /** The version these settings are: a save based on an older one is refused. */
  version: number;
  emblem: ChosenImage | null;
  shareImage: ChosenImage | null;
  action: FormAction<{ version: number }>;
};

const card = "space-y-4 rounded border border-neutral-200 bg-white p-4 sm:p-5";
const cardHeading = "text-lg font-bold text-brand-900";

function Section({ id, title, children, className = "" }: { id: string; title: string; children: React.ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`${card} ${className}`}>
      <h2 id={id} className={cardHeading}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The whole of /quan-tri/cai-dat's form. Remounted (key) when the stored version changes, after a
 * save or a restore, so it shows what is stored; a refused save leaves every typed value in place.
 */
export function SiteSettingsForm(props: SiteSettingsFormProps) {
  const { state, pending, formProps } = useKeptForm(props.action, { askBeforeLeaving: true });
  // Until its script runs, the form would be sent as a plain GET and everything typed lost.
  const inBrowser = useInBrowser();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form key={props.version} {...formProps} noValidate aria-label="Cài đặt trang" className="space-y-5">
      <input type="hidden" name="baseVersion" value={props.version} {...NOT_AN_EDIT} />
      <SettingsFields {...props} errors={errors} />
      <SaveBar>
        <Button type="submit" variant="primary" disabled={pending || !inBrowser}>
          {pending ? "Đang lưu…" : "Lưu cài đặt"}
        </Button>
        <div className="min-w-0 flex-1"><ActionOutcome state={state} /></div>
      </SaveBar>
    </form>
  );
}

function SettingsFields({ settings, emblem: initialEmblem, shareImage: initialShareImage, errors }: SiteSettingsFormProps & { errors: Record<string, string[]> }) {
  const [emblem, setEmblem] = useState(initialEmblem);
  const [shareImage, setShareImage] = useState(initialShareImage);
  const [picking, setPicking] = useState<"emblem" | "share" | null>(null);
  const text = (name: keyof SiteSettings) => ({ name, defaultValue: String(settings[name] ?? ""), errors: errors[name] });
  return (
    <>
      <div className="grid gap-5 lg:grid-cols-2">
        <Section id="ten-va-khau-hieu" title="Tên và khẩu hiệu" className="lg:col-span-2">
          <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <TextField label="Tên đầy đủ" required {...text("name")} hint="Hiện ở đầu trang, chân trang, tiêu đề tab và khi chia sẻ." />
            <TextField label="Tên viết tắt" {...text("shortName")} hint="Hiện trên điện thoại và biểu tượng ứng dụng; để trống: dùng tên đầy đủ." />
          </div>
          <SloganListField slogans={settings.slogans} shown={settings.sloganShown} errors={errors} />
        </Section>
        <Section id="hinh-anh" title="Biểu trưng và ảnh chia sẻ" className="lg:col-span-2">
          <div className="grid gap-6 md:grid-cols-2">
            <ImageSettingField
              name="emblemMediaId"
              label="Biểu trưng"
              hint="Ảnh vuông, nền trong suốt (PNG) là đẹp nhất; tối đa 10 MB. Dùng cho đầu trang và biểu tượng trên tab, điện thoại."
              image={emblem}
              onChange={setEmblem}
              onPickFromLibrary={() => setPicking("emblem")}
              placeholder={<UnionEmblem className="h-20 w-20" />}
              errors={errors.emblemMediaId}
            />
            <ImageSettingField
              name="shareImageMediaId"
              label="Ảnh chia sẻ mặc định"
              hint="Hiện khi chia sẻ lên Facebook, Zalo một trang hoặc bài không có ảnh riêng; nên dùng ảnh ngang 1200 × 630."
              image={shareImage}
              onChange={setShareImage}
              onPickFromLibrary={() => setPicking("share")}
              placeholder={<span className="px-1 text-center text-xs text-neutral-600">Chưa có ảnh</span>}
              errors={errors.shareImageMediaId}
            />
          </div>
        </Section>
        <Section id="lien-he" title="Thông tin liên hệ">
          <TextField label="Địa chỉ" {...text("address")} multiline rows={2} autoComplete="street-address" />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Điện thoại" type="tel" inputMode="tel" {...text("phone")} placeholder="0208 3855 123" />
            <TextField label="Fax" type="tel" inputMode="tel" {...text("fax")} />
          </div>
          <TextField label="Email" type="email" inputMode="email" {...typedAsIs} {...text("email")} />
          <TextField label="Giờ làm việc" {...text("workingHours")} placeholder="Thứ Hai – Thứ Sáu: 7 giờ 30 – 17 giờ" />
        </Section>
        <Section id="mang-xa-hoi" title="Mạng xã hội">
          <p className="text-xs leading-5 text-neutral-600">Địa chỉ đầy đủ, bắt đầu bằng https://; để trống nếu không có.</p>
          <TextField label="Trang Facebook" type="url" inputMode="url" {...typedAsIs} placeholder="https://www.facebook.com/…" {...text("facebookUrl")} />
          <TextField label="Zalo OA" type="url" inputMode="url" {...typedAsIs} placeholder="https://zalo.me/…" {...text("zaloUrl")} />
          <TextField label="Kênh YouTube" type="url" inputMode="url" {...typedAsIs} placeholder="https://www.youtube.com/@…" {...text("youtubeUrl")} />
        </Section>
        <Section id="chan-trang" title="Chân trang" className="lg:col-span-2">
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label="Chịu trách nhiệm nội dung" {...text("responsibility")} multiline rows={2} hint="Cả dòng như sẽ hiện, ví dụ: “Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo”." />
            <TextField label="Giấy phép" {...text("licence")} multiline rows={2} hint="Cả dòng như sẽ hiện, ví dụ: “Giấy phép số …/GP-STTTT do … cấp”." />
          </div>
          <TextField label="Lời chân trang" {...text("footerText")} multiline rows={2} />
        </Section>
        <Section id="lien-ket" title="Liên kết website" className="lg:col-span-2">
          <RelatedLinksField links={settings.relatedLinks} errors={errors} />
        </Section>
      </div>
      <MediaPicker
        open={picking !== null}
        onClose={() => setPicking(null)}
        onSelect={(picked) => {
          const image = { id: picked.id, src: picked.src, srcSet: picked.srcSet, width: picked.width, height: picked.height, alt: picked.alt };
          if (picking === "emblem") setEmblem(image);
          else setShareImage(image);
          setPicking(null);
        }}
      />
    </>
  );
}
