import { describe, expect, it } from "vitest";
import { albumCoverId, albumFullMessage, hasRoomForPhoto, isSameSetOfPhotos, MAX_ALBUM_PHOTOS, movedInOrder, movedPhotoAnnouncement } from "./albums";

describe("albumCoverId", () => {
  it.each([
    { cover: 7, photos: [5, 7, 9], expected: 7, why: "the chosen photo" },
    { cover: null, photos: [5, 7, 9], expected: 5, why: "none chosen: the first photo" },
    { cover: 4, photos: [5, 7, 9], expected: 5, why: "the chosen photo was removed: the first photo" },
    { cover: null, photos: [], expected: null, why: "no photos: no cover" },
  ])("gives $expected when $why", ({ cover, photos, expected }) => {
    expect(albumCoverId(cover, photos)).toBe(expected);
  });
});

describe("movedInOrder", () => {
  it.each([
    { order: [1, 2, 3], id: 3, to: 0, expected: [3, 1, 2] },
    { order: [1, 2, 3], id: 1, to: 2, expected: [2, 3, 1] },
    { order: [1, 2, 3], id: 2, to: 1, expected: [1, 2, 3] },
    { order: [1, 2, 3], id: 2, to: 99, expected: [1, 3, 2] },
    { order: [1, 2, 3], id: 2, to: -4, expected: [2, 1, 3] },
    { order: [1, 2, 3], id: 8, to: 0, expected: null },
  ])("moves $id of $order to $to", ({ order, id, to, expected }) => {
    expect(movedInOrder(order, id, to)).toEqual(expected);
  });
});

describe("isSameSetOfPhotos", () => {
  it.each([
    { current: [1, 2, 3], proposed: [3, 1, 2], expected: true },
    { current: [1, 2, 3], proposed: [3, 1], expected: false },
    { current: [1, 2, 3], proposed: [3, 1, 1], expected: false },
    { current: [1, 2, 3], proposed: [3, 1, 4], expected: false },
    { current: [1, 2], proposed: [1, 2, 3], expected: false },
  ])("$proposed against $current is $expected", ({ current, proposed, expected }) => {
    expect(isSameSetOfPhotos(current, proposed)).toBe(expected);
  });
});

describe("the photo limit", () => {
  it("takes photos up to 300 and refuses the 301st, saying why", () => {
    expect(hasRoomForPhoto(MAX_ALBUM_PHOTOS - 1)).toBe(true);
    expect(hasRoomForPhoto(MAX_ALBUM_PHOTOS)).toBe(false);
    expect(albumFullMessage("dai-hoi.jpg")).toBe("Album đã đủ 300 ảnh nên không thêm được ảnh “dai-hoi.jpg”. Hãy bỏ bớt ảnh hoặc tạo một album khác.");
  });

  it("announces where a moved photo now stands", () => {
    expect(movedPhotoAnnouncement("hoi-nghi.jpg", 2, 6)).toBe("Ảnh “hoi-nghi.jpg” nay ở vị trí 2 trên 6.");
  });
});
