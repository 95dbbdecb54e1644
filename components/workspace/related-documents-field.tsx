"use client";

import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Panel } from "@/components/ui/panel";
import { MAX_ARTICLE_DOCUMENTS, movedInList } from "@/core/article-links";
import type { DocumentChoice } from "@/core/article-links";
import { LinkSearch } from "./link-search";

type RelatedDocumentsFieldProps = {
  documents: DocumentChoice[];
  onChange: (documents: DocumentChoice[]) => void;
  errors?: string[];
};

const label = (document: DocumentChoice) => `${document.number}: ${document.abstract}`;

/** "Văn bản liên quan": published documents shown under the article, in this order, saved with it. */
export function RelatedDocumentsField({ documents, onChange, errors }: RelatedDocumentsFieldProps) {
  const [announcement, setAnnouncement] = useState("");
  // The button to focus once a move has re-rendered the list: the moved row's own, or its neighbour's at an end.
  const focusAfter = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const full = documents.length >= MAX_ARTICLE_DOCUMENTS;

  useEffect(() => {
    if (!focusAfter.current) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-focus-key="${focusAfter.current}"]`)?.focus();
    focusAfter.current = null;
  }, [documents]);

  const move = (index: number, direction: "up" | "down") => {
    const document = documents[index];
    if (!document) return;
    const moved = movedInList(documents, index, direction);
    const to = moved.indexOf(document);
    const atEnd = direction === "up" ? to === 0 : to === moved.length - 1;
    focusAfter.current = `${document.id}-${atEnd ? (direction === "up" ? "down" : "up") : direction}`;
    onChange(moved);
    setAnnouncement(`Đã chuyển văn bản ${document.number} tới vị trí ${to + 1}.`);
  };
  const remove = (document: DocumentChoice) => {
    onChange(documents.filter((other) => other.id !== document.id));
    setAnnouncement(`Đã bỏ văn bản ${document.number}.`);
  };
  const add = (document: DocumentChoice) => {
    onChange([...documents, document]);
    setAnnouncement(`Đã thêm văn bản ${document.number}, ở vị trí ${documents.length + 1}.`);
  };

  return (
    <Panel aria-labelledby="van-ban-lien-quan" className="space-y-3">
      <h2 id="van-ban-lien-quan" className="text-sm font-semibold">Văn bản liên quan</h2>
      {documents.length === 0 ? (
        <p className="text-sm text-neutral-600">Chưa gắn văn bản nào.</p>
      ) : (
        <ol ref={list} aria-label="Văn bản đã gắn, theo thứ tự hiện dưới bài" className="space-y-2">
          {documents.map((document, index) => (
            <li key={document.id} className="break-words rounded border border-neutral-200 p-2 text-sm">
              <p>
                <strong>{document.number}</strong> ({document.issuedOn}) {!document.published && <Badge tone="amber">Đã gỡ: bạn đọc không thấy</Badge>}
              </p>
              <p className="text-neutral-800">{document.abstract}</p>
              <div className="mt-1 flex flex-wrap gap-2">
                <Button variant="outline" size="small" data-focus-key={`${document.id}-up`} disabled={index === 0} onClick={() => move(index, "up")} aria-label={`Chuyển lên: ${label(document)}`}>Lên</Button>
                <Button variant="outline" size="small" data-focus-key={`${document.id}-down`} disabled={index === documents.length - 1} onClick={() => move(index, "down")} aria-label={`Chuyển xuống: ${label(document)}`}>Xuống</Button>
                <Button variant="danger" size="small" onClick={() => remove(document)} aria-label={`Bỏ: ${label(document)}`}>Bỏ</Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <FieldError id="documentIds-error" messages={errors} />
      <p role="status" className="sr-only">{announcement}</p>
      <LinkSearch<DocumentChoice>
        kind="van-ban"
        label="Tìm văn bản đã đăng"
        hint={full ? `Đã đủ ${MAX_ARTICLE_DOCUMENTS} văn bản: bỏ bớt một văn bản để thêm văn bản khác.` : "Gõ số, ký hiệu (47/KH) hoặc vài chữ của trích yếu, có dấu hay không dấu."}
        itemKey={(document) => document.id}
        renderItem={(document) => {
          const added = documents.some((other) => other.id === document.id);
          return (
            <>
              <span>
                <strong>{document.number}</strong> ({document.issuedOn}): {document.abstract}
              </span>
              <Button variant="secondary" size="small" disabled={added || full} onClick={() => add(document)} aria-label={`${added ? "Đã thêm" : "Thêm"}: ${label(document)}`}>
                {added ? "Đã thêm" : "Thêm"}
              </Button>
            </>
          );
        }}
      />
    </Panel>
  );
}
