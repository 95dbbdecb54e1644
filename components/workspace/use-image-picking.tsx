"use client";

import { useCallback, useState } from "react";
import { MediaPicker, type PickedImage } from "./media-picker";
import type { EditorImage } from "./rich-text-editor";
import { uploadImageFile } from "./upload-image";

/**
 * Images for an editor: "Chèn ảnh" opens the media library and resolves with the chosen image (or
 * null), a dropped or pasted file is uploaded. `onRefused` shows why an upload was refused. Render
 * `picker` once in the editor.
 */
export function useImagePicking(onRefused: (message: string) => void) {
  const [pending, setPending] = useState<{ resolve: (image: PickedImage | null) => void } | null>(null);

  const pickImage = useCallback(() => new Promise<PickedImage | null>((resolve) => setPending({ resolve })), []);
  const uploadImage = useCallback(
    async (file: File): Promise<EditorImage | null> => {
      const result = await uploadImageFile(file, "", () => {});
      if (!result.ok) {
        onRefused(result.message);
        return null;
      }
      const { sources } = result.media;
      return { src: sources.src, srcSet: sources.srcSet, width: sources.width, height: sources.height, alt: sources.alt };
    },
    [onRefused],
  );
  const settle = (image: PickedImage | null) => {
    pending?.resolve(image);
    setPending(null);
  };
  const picker = <MediaPicker open={pending !== null} onClose={() => settle(null)} onSelect={settle} />;
  return { pickImage, uploadImage, picker };
}
