import { Button } from "@/components/ui/button";
import { DayInput } from "@/components/ui/day-input";
import { Input, Label, Select } from "@/components/ui/field";
import { periodKindNames, type ReportQueryValues } from "@/core/report-query";
import { dayFieldText } from "@/core/vi-date";

/**
 * The report's choices, sent as GET so a report has an address to share and Back works. Only the
 * fields of the chosen kind of period show (`report-period-fields` in app/globals.css, by CSS alone,
 * so without JavaScript too) and only those are read; a browser without `:has()` shows them all.
 */
export function ReportFilterForm({ values, units, mine, problemId }: { values: ReportQueryValues; units: { id: number; name: string; depth: number }[]; mine: boolean; problemId?: string }) {
  const described = problemId ? { "aria-describedby": problemId } : {};
  return (
    <form method="get" action="/quan-tri/thong-ke" className="report-period-fields grid gap-3 rounded border border-neutral-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 print:hidden" aria-label="Chọn kỳ báo cáo">
      {mine && <input type="hidden" name="xem" value="cua-toi" />}
      <Label>
        Kỳ báo cáo
        <Select name="ky" defaultValue={values.ky || "nam"} {...described}>
          {Object.entries(periodKindNames).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </Select>
      </Label>
      <Label data-periods="nam nua-nam quy thang">
        Năm
        <Input name="nam" inputMode="numeric" pattern="\d{4}" defaultValue={values.nam} placeholder="năm nay" {...described} />
      </Label>
      <Label data-periods="quy">
        Quý
        <Select name="quy" defaultValue={values.quy}>
          <option value="">Quý hiện tại</option>
          {["I", "II", "III", "IV"].map((roman, i) => <option key={roman} value={String(i + 1)}>Quý {roman}</option>)}
        </Select>
      </Label>
      <Label data-periods="nua-nam">
        6 tháng
        <Select name="nua" defaultValue={values.nua}>
          <option value="">6 tháng hiện tại</option>
          <option value="1">6 tháng đầu năm</option>
          <option value="2">6 tháng cuối năm</option>
        </Select>
      </Label>
      <Label data-periods="thang">
        Tháng
        <Select name="thang" defaultValue={values.thang}>
          <option value="">Tháng hiện tại</option>
          {Array.from({ length: 12 }, (_, i) => <option key={i} value={String(i + 1)}>Tháng {i + 1}</option>)}
        </Select>
      </Label>
      <Label data-periods="khoang">
        Từ ngày
        <DayInput name="tu" defaultValue={dayFieldText(values.tu)} {...described} />
      </Label>
      <Label data-periods="khoang">
        Đến ngày
        <DayInput name="den" defaultValue={dayFieldText(values.den)} {...described} />
      </Label>
      {!mine && units.length > 0 && (
        <Label>
          Đơn vị
          <Select name="don-vi" defaultValue={values["don-vi"]}>
            <option value="">{units[0]?.depth === 0 && units.length > 1 ? "Toàn tỉnh" : "Đơn vị của tôi"}</option>
            {units.map((unit) => <option key={unit.id} value={String(unit.id)}>{`${"— ".repeat(unit.depth)}${unit.name}`}</option>)}
          </Select>
        </Label>
      )}
      <div className="flex items-end">
        <Button type="submit">Xem báo cáo</Button>
      </div>
    </form>
  );
}
