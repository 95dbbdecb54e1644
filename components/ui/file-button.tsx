"use client";

import type { ReactNode } from "react";
import { buttonClasses } from "./button";

type FileButtonProps = {
  /** What it chooses: "Tải ảnh lên", "Chọn tệp để tải lên". */
  children: ReactNode;
  accept: string;
  multiple?: boolean;
  /** The id of the hint beside it (formats, sizes), read with the button. */
  describedBy?: string;
  /** The files chosen; the same file can be chosen again right after. */
  onFiles: (files: File[]) => void;
};

/**
 * A file input in the button look: the input is hidden behind its label, and the label shows the
 * keyboard's focus ring while the input has it (app/globals.css), as every other control does.
 */
export function FileButton({ children, accept, multiple = false, describedBy, onFiles }: FileButtonProps) {
  return (
    <label className={`${buttonClasses()} cursor-pointer`}>
      {children}
      <input
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={describedBy}
        className="sr-only"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
    </label>
  );
}
