"use client";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { editedPage } from "@/core/editor-save";
import type { PageIntent } from "@/core/page-save";
import { pagePath } from "@/core/public-routes";
import { pageLanguageNames, pageLanguages, pageStatusLabels, type PageStatus } from "@/core/schemas/page";
import { SaveProblems, SaveStatusLine } from "./conflict-panel";
import { ContentFields } from "./content-fields";
import { FieldError } from "@/components/ui/field-error";
import type { EditorPage, PageEditorActions, ParentOption } from "./page-editor-types";
import { pageSaveTarget } from "./page-save-target";
import { useEditorSaving, type SaveOptions } from "./use-editor-saving";
import { useImagePicking } from "./use-image-picking";

type PageEditorProps = { page: EditorPage | null; parents: ParentOption[]; actions: PageEditorActions };

const NEW_PAGE: PageStatus = "draft";

/** The page editor: the article editor's fields, saving, conflicts and images, with a page's own settings beside them. */
export function PageEditor({ page, parents, actions }: PageEditorProps) {
  const { fields, update, savedId, status, dirty, message, formError, setFormError, fieldErrors, conflict, save, close } = useEditorSaving({
    target: pageSaveTarget,
    saved: page,
    initialFields: page ?? { title: "", slug: "", summary: "", bodyHtml: "", parentId: null, lang: "vi", showContacts: false },
    initialStatus: NEW_PAGE,
    save: actions.save,
  });
  const { pickImage, uploadImage, picker } = useImagePicking(setFormError);
  const [pending, startTransition] = useTransition();
  const run = (intent: PageIntent, options: SaveOptions = {}) => startTransition(async () => void (await save(intent, options)));
  const published = status === "published";
  const { confirm, dialog } = useConfirm();
  const unpublish = async () => {
    const question = { title: "Gỡ trang này khỏi trang web?", body: "Trang sẽ không còn hiện với bạn đọc. Nội dung vẫn được giữ: bạn có thể đăng lại bất cứ lúc nào.", confirmLabel: "Gỡ trang" };
    if (await confirm(question)) run("unpublish");
  };

  return (
    <div className="space-y-4">
      <SaveProblems thing={editedPage} conflict={conflict} formError={formError} mine={fields} onKeepMine={() => run("save", { baseVersion: conflict?.version })} onClose={close} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <ContentFields
          fields={fields}
          onChange={update}
          errors={fieldErrors}
          slugPrefix="/gioi-thieu/"
          slugHelp="Tạo từ tiêu đề; đổi đường dẫn của trang đã đăng thì địa chỉ cũ vẫn chuyển tới trang."
          summaryLabel="Tóm tắt"
          slugFollowsTitle={status === "draft"}
          pickImage={pickImage}
          uploadImage={uploadImage}
        />

        <aside className="space-y-4" aria-label="Đăng trang">
          <Panel>
            <p className="text-sm">
              Trạng thái: <strong>{pageStatusLabels[status]}</strong>
            </p>
            <SaveStatusLine pending={pending} dirty={dirty} message={message} />
            <div className="mt-3 flex flex-wrap gap-2">
              <Button onClick={() => run("save")} disabled={pending}>
                {published ? "Lưu thay đổi" : "Lưu nháp"}
              </Button>
              {published ? (
                <Button variant="danger" onClick={() => void unpublish()} disabled={pending}>Gỡ trang</Button>
              ) : (
                <Button variant="publish" onClick={() => run("publish")} disabled={pending}>Đăng trang</Button>
              )}
            </div>
            {savedId && (
              <p className="mt-3 flex flex-wrap gap-3 text-sm">
                <a href={`/xem-truoc/trang/${savedId}`} data-shows-edited target="_blank" rel="noreferrer" className="text-brand-700 underline">Xem trước</a>
                <a href={`/quan-tri/trang/${savedId}/lich-su`} className="text-brand-700 underline">Lịch sử các lần lưu</a>
                {published && <a href={pagePath(fields.slug)} data-shows-edited target="_blank" rel="noreferrer" className="text-brand-700 underline">Xem trên trang</a>}
              </p>
            )}
          </Panel>

          <Panel className="space-y-3">
            <div>
              <Label htmlFor="parentId">Trang cha</Label>
              <Select id="parentId" value={fields.parentId ?? ""} onChange={(e) => update({ parentId: e.target.value ? Number(e.target.value) : null })} aria-describedby="parentId-error">
                <option value="">— Không (trang cấp cao nhất) —</option>
                {parents.map((parent) => (
                  <option key={parent.id} value={parent.id}>{"\u00a0\u00a0".repeat(parent.depth) + parent.title}</option>
                ))}
              </Select>
              <FieldError id="parentId-error" messages={fieldErrors.parentId} />
            </div>
            <div>
              <Label htmlFor="lang">Ngôn ngữ</Label>
              <Select id="lang" value={fields.lang} onChange={(e) => update({ lang: pageLanguages.find((lang) => lang === e.target.value) ?? "vi" })} aria-describedby="lang-error">
                {pageLanguages.map((lang) => (
                  <option key={lang} value={lang} lang={lang}>{pageLanguageNames[lang]}</option>
                ))}
              </Select>
              <FieldError id="lang-error" messages={fieldErrors.lang} />
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={fields.showContacts} onChange={(e) => update({ showContacts: e.target.checked })} />
              Hiện khối liên hệ
            </label>
            <p className="text-xs text-neutral-600">Địa chỉ, điện thoại, thư điện tử và giờ làm việc trong phần cài đặt trang, hiện dưới nội dung.</p>
          </Panel>
        </aside>
      </div>
      {picker}
      {dialog}
    </div>
  );
}
