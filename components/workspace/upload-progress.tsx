import { uploadStageText, type UploadStage } from "@/core/upload-rules";

/** One upload's bar and words; the bar has no value (it moves on its own) while the server works. */
export function UploadProgress({ name, stage, thing }: { name: string; stage: UploadStage; thing?: string }) {
  const value = stage.phase === "sending" ? stage.fraction : stage.phase === "done" ? 1 : undefined;
  return (
    <span role="status" className="ml-2 inline-flex items-center gap-2">
      <progress value={value} max={1} aria-label={`Tải ${name}`} />
      {uploadStageText(stage, thing)}
    </span>
  );
}
