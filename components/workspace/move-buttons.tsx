import type { FormEvent, Ref } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  /** The move action's form, from useKeptForm. */
  formProps: { ref: Ref<HTMLFormElement>; onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  pending: boolean;
  /** What the action needs besides the direction: { id: "12" }, { pageId: "3" }… */
  fields: Record<string, string | number>;
  /** What is moved, for screen readers: "Chuyển Giới thiệu lên". */
  name: string;
  variant?: "outline" | "secondary";
  atTop?: boolean;
  atBottom?: boolean;
};

/** "↑ Lên" and "↓ Xuống" for a row of an ordered list, each a small form sending the direction. */
export function MoveButtons({ formProps, pending, fields, name, variant = "outline", atTop = false, atBottom = false }: Props) {
  return (["up", "down"] as const).map((direction) => (
    <form key={direction} {...formProps} className="contents">
      {Object.entries(fields).map(([field, value]) => <input key={field} type="hidden" name={field} value={value} />)}
      <input type="hidden" name="direction" value={direction} />
      <Button type="submit" variant={variant} size="small" disabled={pending || (direction === "up" ? atTop : atBottom)} aria-label={`Chuyển ${name} ${direction === "up" ? "lên" : "xuống"}`}>
        {direction === "up" ? "↑ Lên" : "↓ Xuống"}
      </Button>
    </form>
  ));
}
