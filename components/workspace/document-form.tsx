"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { DayInput } from "@/components/ui/day-input";
import { Label, Select, typedAsIs } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import type { ActionFailure, ActionResult, FieldErrors } from "@/core/action-result";
import { documentStatuses, documentStatusLabels } from "@/core/documents";
import { type Actor, type ArticleStatus, can, isStaffRole } from "@/core/permissions";
import { documentPath } from "@/core/public-routes";
import { statusLabels } from "@/core/workflow";
import { type DocumentFileActions, DocumentFilesPanel } from "./document-files-panel";
import type { DocumentFileJson } from "./upload-document-file";
import { NOT_AN_EDIT, useLeaveGuard } from "./use-leave-guard";

type Choice = { id: number; name: string };
export type DocumentFormFields = Record<"formId" | "issuer" | "newIssuer" | "number" | "issuedOn" | "inForceOn" | "ceasesOn" | "signer" | "abstract" | "field" | "legalStatus" | "slug", string>;
export type EditedDocument = { id: number; version: number; status: ArticleStatus; createdBy: number | null; slug: string; fields: DocumentFormFields };

type SaveResult = ({ ok: true; message: string; documentId: number; version: number; slug: string; status: ArticleStatus; warnings: string[] }) | ActionFailure;
type Result = ActionResult | ActionFailure;
export type DocumentFormActions = { save: (formData: FormData) => Promise<SaveResult>; unpublish: (formData: FormData) => Promise<Result>; deleteDocument: (formData: FormData) => Promise<Result> } & DocumentFileActions;

type Props = { document: EditedDocument | null; files: DocumentFileJson[]; forms: Choice[]; units: Choice[]; bodies: Choice[]; fieldsInUse: string[]; actor: Actor; actions: DocumentFormActions };

const EMPTY: DocumentFormFields = { formId: "", issuer: "", newIssuer: "", number: "", issuedOn: "", inForceOn: "", ceasesOn: "", signer: "", abstract: "", field: "", legalStatus: "in-force", slug: "" };

/**
 * A document's form: every field of core/schemas/document.ts, each with its errors beside it, the
 * buttons this person may use (core/permissions.ts can(), as the server checks), and its files once
 * it has been saved. The fields are the browser's own (uncontrolled): a refused save keeps them as typed.
 */
export function DocumentForm({ document, files, forms, units, bodies, fieldsInUse, actor, actions }: Props) {
  const router = useRouter();
  const initial = document?.fields ?? EMPTY;
  const [saved, setSaved] = useState(document ? { id: document.id, version: document.version, status: document.status, createdBy: document.createdBy, slug: document.slug } : null);
  const [issuer, setIssuer] = useState(initial.issuer);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ message: string; warnings: string[] } | null>(null);
  const [pending, startTransition] = useTransition();
  const { confirm, dialog } = useConfirm();
  const { watchForm, sending } = useLeaveGuard();
  const ref = { createdBy: saved?.createdBy ?? actor.id, status: saved?.status ?? ("draft" as const) };
  const may = (action: Parameters<typeof can>[1]) => can(actor, action, ref);

  const show = (result: Result | SaveResult) => {
    setFormError(result.ok ? null : (result.formError ?? "Chưa lưu được. Hãy thử lại."));
    setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null);
    const kept = sending();
    startTransition(async () => {
      const result = await actions.save(formData);
      show(result);
      if (!result.ok) return setOutcome(null);
      kept();
      setOutcome({ message: result.message, warnings: result.warnings });
      // The address becomes the document's own, so a reload opens it (and its files panel stays).
      if (!saved) window.history.replaceState(null, "", `/quan-tri/van-ban/${result.documentId}`);
      setSaved({ id: result.documentId, version: result.version, status: result.status, createdBy: saved?.createdBy ?? actor.id, slug: result.slug });
    });
  };

  const withDocument = (action: (formData: FormData) => Promise<Result>, after: (result: Result) => void) =>
    startTransition(async () => {
      const formData = new FormData();
      formData.set("documentId", String(saved?.id ?? ""));
      const result = await action(formData);
      show(result);
      setOutcome(result.ok ? { message: result.message ?? "", warnings: [] } : null);
      after(result);
    });
  const unpublish = async () => {
    if (await confirm({ title: "Gỡ văn bản khỏi trang công khai?", body: "Bạn đọc sẽ không còn thấy văn bản này. Văn bản vẫn được giữ để đăng lại.", confirmLabel: "Gỡ văn bản" }))
      withDocument(actions.unpublish, (result) => result.ok && setSaved((s) => s && { ...s, status: "unpublished" }));
  };
  const remove = async () => {
    if (await confirm({ title: "Xóa hẳn văn bản này?", body: "Văn bản và mọi tệp đính kèm sẽ bị xóa. Không thể hoàn tác.", confirmLabel: "Xóa văn bản" }))
      withDocument(actions.deleteDocument, (result) => result.ok && router.push("/quan-tri/van-ban"));
  };

  const field = (name: keyof DocumentFormFields) => ({ name, errors: errors[name], defaultValue: initial[name] });
  const published = saved?.status === "published";

  return (
    <div className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      {outcome && (
        <div role="status" className="space-y-1 text-sm">
          <p className="text-green-900">{outcome.message}</p>
          {outcome.warnings.map((warning) => (
            <p key={warning} className="rounded border border-amber-500 bg-amber-50 p-2 text-amber-900">Lưu ý: {warning}</p>
          ))}
        </div>
      )}
      <form ref={watchForm} onSubmit={onSubmit} noValidate className="grid gap-4 rounded border border-neutral-200 bg-white p-4 md:grid-cols-2" aria-label="Thông tin văn bản">
        <input type="hidden" name="documentId" value={saved?.id ?? ""} {...NOT_AN_EDIT} />
        <input type="hidden" name="baseVersion" value={saved?.version ?? ""} {...NOT_AN_EDIT} />
        <Choose label="Loại văn bản" name="formId" errors={errors.formId} defaultValue={initial.formId}>
          <option value="">— Chọn loại văn bản —</option>
          {forms.map((form) => <option key={form.id} value={form.id}>{form.name}</option>)}
        </Choose>
        <div>
          <Choose label="Cơ quan ban hành" name="issuer" errors={errors.issuer} value={issuer} onChange={setIssuer}>
            <option value="">— Chọn cơ quan ban hành —</option>
            <optgroup label="Đơn vị">{units.map((unit) => <option key={unit.id} value={`unit:${unit.id}`}>{unit.name}</option>)}</optgroup>
            {bodies.length > 0 && <optgroup label="Cơ quan bên ngoài">{bodies.map((body) => <option key={body.id} value={`body:${body.id}`}>{body.name}</option>)}</optgroup>}
            <option value="new">Cơ quan khác…</option>
          </Choose>
          {issuer === "new" && <TextField label="Tên cơ quan ban hành" {...field("newIssuer")} className="mt-2" />}
        </div>
        <TextField label="Số/ký hiệu" hint="Ví dụ: 47/KH-LĐLĐ. Để trống nếu văn bản không có số." {...field("number")} />
        <TextField label="Người ký" {...field("signer")} />
        <Day label="Ngày ban hành" {...field("issuedOn")} />
        <Day label="Ngày có hiệu lực" {...field("inForceOn")} />
        <Day label="Ngày hết hiệu lực" hint="Để trống nếu chưa định." {...field("ceasesOn")} />
        <Choose label="Tình trạng hiệu lực" name="legalStatus" errors={errors.legalStatus} defaultValue={initial.legalStatus}>
          {documentStatuses.map((status) => <option key={status} value={status}>{documentStatusLabels[status]}</option>)}
        </Choose>
        <TextField label="Trích yếu" multiline rows={3} className="md:col-span-2" {...field("abstract")} />
        <TextField label="Lĩnh vực" list="linh-vuc-da-dung" hint="Chọn lĩnh vực đã dùng hoặc gõ lĩnh vực mới." {...field("field")} />
        <datalist id="linh-vuc-da-dung">{fieldsInUse.map((name) => <option key={name} value={name} />)}</datalist>
        <TextField label="Đường dẫn" hint="Để trống để tạo từ số và trích yếu; đổi đường dẫn của văn bản đã đăng thì địa chỉ cũ vẫn chuyển tới văn bản." {...field("slug")} {...typedAsIs} />
        <div className="flex flex-wrap items-center gap-2 md:col-span-2">
          <span className="text-sm">Trạng thái: <strong>{statusLabels[saved?.status ?? "draft"]}</strong></span>
          {may("edit") && <Button type="submit" name="intent" value="save" disabled={pending}>{published ? "Lưu thay đổi" : "Lưu nháp"}</Button>}
          {!isStaffRole(actor.role) && may("submit") && <Button type="submit" name="intent" value="submit" variant="secondary" disabled={pending}>Gửi duyệt</Button>}
          {may("publish") && <Button type="submit" name="intent" value="publish" variant="publish" disabled={pending}>Xuất bản</Button>}
          {saved && may("unpublish") && <Button variant="danger" disabled={pending} onClick={() => void unpublish()}>Gỡ văn bản</Button>}
          {saved && may("delete") && <Button variant="danger" disabled={pending} onClick={() => void remove()}>Xóa</Button>}
          {saved && published && <a href={documentPath(saved.slug)} target="_blank" rel="noreferrer" className="text-sm text-brand-700 underline">Xem trên trang</a>}
        </div>
      </form>
      {saved ? (
        <DocumentFilesPanel documentId={saved.id} initialFiles={files} canEdit={may("edit")} actions={actions} />
      ) : (
        <p className="rounded border border-dashed border-neutral-400 p-3 text-sm text-neutral-700">Lưu văn bản một lần để tải tệp đính kèm lên.</p>
      )}
      {dialog}
    </div>
  );
}

type ChooseProps = { label: string; name: string; errors?: string[]; children: ReactNode } & ({ defaultValue: string; value?: never; onChange?: never } | { value: string; onChange: (value: string) => void; defaultValue?: never });

function Choose({ label, name, errors, children, ...value }: ChooseProps) {
  const id = `truong-${name}`;
  const invalid = Boolean(errors?.length);
  const controlled = value.onChange ? { value: value.value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => value.onChange?.(e.target.value) } : { defaultValue: value.defaultValue };
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-loi` : undefined} {...controlled}>{children}</Select>
      <FieldError id={`${id}-loi`} messages={errors} />
    </div>
  );
}

function Day({ label, name, errors, hint, defaultValue }: { label: string; name: string; errors?: string[]; hint?: string; defaultValue: string }) {
  const id = `truong-${name}`;
  const invalid = Boolean(errors?.length);
  const described = [hint ? `${id}-goi-y` : null, invalid ? `${id}-loi` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      {hint && <p id={`${id}-goi-y`} className="text-xs leading-5 text-neutral-600">{hint}</p>}
      <DayInput id={id} name={name} defaultValue={defaultValue} aria-invalid={invalid || undefined} aria-describedby={described} />
      <FieldError id={`${id}-loi`} messages={errors} />
    </div>
  );
}
