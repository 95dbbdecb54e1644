import type { Metadata } from "next";
import Link from "next/link";
import { VideoForm } from "@/components/workspace/video-form";
import { canManageVideos } from "@/core/permissions";
import { requireUserWho } from "@/server/session";
import { newVideoValues, videoUnitChoices } from "@/server/video-editor-props";
import { deleteVideoAction, saveVideoAction, unpublishVideoAction } from "../actions";

export const metadata: Metadata = { title: "Thêm video" };

export default async function NewVideoPage() {
  await requireUserWho(canManageVideos, "/quan-tri/video/moi");
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/quan-tri/video" className="text-sm text-brand-700 underline">← Các video</Link>
      <h1 className="text-2xl font-bold text-brand-900">Thêm video</h1>
      <VideoForm values={newVideoValues()} units={await videoUnitChoices()} actions={{ save: saveVideoAction, unpublish: unpublishVideoAction, remove: deleteVideoAction }} />
    </div>
  );
}
