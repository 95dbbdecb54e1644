import { describe, it, expect } from "vitest";
import sharp from "sharp";
import { renderDemoPhoto } from "./demo-photo";
import { demoScenes } from "./demo-types";

describe("renderDemoPhoto", () => {
  for (const scene of demoScenes) {
    it(`draws a 1600×1000 JPEG of ${scene}, the same for a seed and different across seeds`, async () => {
      const first = await renderDemoPhoto(scene, 7);
      // JPEG files start with the SOI marker FF D8 FF.
      expect([...first.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      const meta = await sharp(first).metadata();
      expect(meta.format).toBe("jpeg");
      expect(meta.width).toBe(1600);
      expect(meta.height).toBe(1000);

      const again = await renderDemoPhoto(scene, 7);
      expect(again.equals(first)).toBe(true);

      const other = await renderDemoPhoto(scene, 8);
      expect(other.equals(first)).toBe(false);
    });
  }
});
