import type { UploadStage } from "@/core/upload-rules";

export type SentForm = { status: number; body: unknown } | { status: 0; body: null };

/**
 * Posts a form with one file, reporting its stage: the bytes sent, then the server's work, then
 * done. XMLHttpRequest because fetch cannot report upload progress. Status 0: the connection failed.
 */
export function postFileWithProgress(url: string, form: FormData, onStage: (stage: UploadStage) => void): Promise<SentForm> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onStage({ phase: "sending", fraction: event.loaded / event.total });
    };
    // Every byte has arrived; the answer comes once the server has done its work on the file.
    request.upload.onload = () => onStage({ phase: "processing" });
    request.onload = () => resolve({ status: request.status, body: request.response as unknown });
    request.onerror = () => resolve({ status: 0, body: null });
    request.send(form);
  });
}
