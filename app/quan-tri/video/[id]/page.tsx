import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VideoForm } from "@/components/workspace/video-form";
import { canManageVideos } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { requireUserWho } from "@/server/session";
import { savedVideoValues, videoUnitChoices } from "@/server/video-editor-props";
import { deleteVideoAction, saveVideoAction, unpublishVideoAction } from "../actions";

export const metadata: Metadata = { title: "Sửa video" };

type Props = { params: Promise<{ id: string }> };

export default async function EditVideoPage({ params }: Props) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  await requireUserWho(canManageVideos, `/quan-tri/video/${idText}`);
  const values = id === null ? null : await savedVideoValues(id);
  if (!values) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/quan-tri/video" className="text-sm text-brand-700 underline">← Các video</Link>
      <h1 className="text-2xl font-bold text-brand-900">Sửa video</h1>
      <VideoForm key={values.version} values={values} units={await videoUnitChoices()} actions={{ save: saveVideoAction, unpublish: unpublishVideoAction, remove: deleteVideoAction }} />
    </div>
  );
}
