import { describe, expect, it } from "vitest";
import {
  galleryActions,
  allowedActions,
  articleActions,
  can,
  canOnGallery,
  canChangeMedia,
  canManageDocumentLists,
  canDisableAccount,
  canCreateArticle,
  canPublishAnything,
  isStaffRole,
  type Actor,
  type ArticleAction,
  type ArticleStatus,
  type Role,
} from "./permissions";

const ACTOR_ID = 7;
const OTHER_ID = 8;
const statuses: ArticleStatus[] = ["draft", "pending", "published", "unpublished"];

const actors = {
  admin: { id: ACTOR_ID, role: "admin", isActive: true },
  editor: { id: ACTOR_ID, role: "editor", isActive: true },
  contributor: { id: ACTOR_ID, role: "contributor", isActive: true },
  "signed-out visitor": null,
  // The strongest role, disabled: proves isActive wins over the role.
  "disabled admin": { id: ACTOR_ID, role: "admin", isActive: false },
} satisfies Record<string, Actor | null>;
type ActorName = keyof typeof actors;

type Ownership = "own" | "others'";
type AllowedStatuses = Record<ArticleAction, readonly ArticleStatus[]>;

// The truth table, written out from the rules rather than derived from the code under test.
const all = statuses;
const none: ArticleStatus[] = [];
const staff: AllowedStatuses = {
  view: all,
  edit: all,
  submit: ["draft"],
  publish: ["draft", "pending", "published", "unpublished"],
  unpublish: ["published"],
  return: ["pending"],
  delete: ["draft", "pending", "unpublished"],
  viewHistory: all,
  restore: all,
  feature: all,
};
const contributorOwn: AllowedStatuses = {
  view: all,
  edit: ["draft", "pending"],
  submit: ["draft"],
  publish: none,
  unpublish: none,
  return: none,
  delete: ["draft"],
  viewHistory: all,
  restore: ["draft", "pending"],
  feature: none,
};
const nothing: AllowedStatuses = {
  view: none,
  edit: none,
  submit: none,
  publish: none,
  unpublish: none,
  return: none,
  delete: none,
  viewHistory: none,
  restore: none,
  feature: none,
};

const expected: Record<ActorName, Record<Ownership, AllowedStatuses>> = {
  admin: { own: staff, "others'": staff },
  editor: { own: staff, "others'": staff },
  contributor: { own: contributorOwn, "others'": nothing },
  "signed-out visitor": { own: nothing, "others'": nothing },
  "disabled admin": { own: nothing, "others'": nothing },
};

const cases = (Object.keys(actors) as ActorName[]).flatMap((who) =>
  articleActions.flatMap((action) =>
    (["own", "others'"] as const).flatMap((whose) =>
      statuses.map((status) => {
        const allowed = expected[who][whose][action].includes(status);
        return {
          name: `${allowed ? "lets" : "refuses"} ${who}: ${action} on ${whose} ${status} article`,
          actor: actors[who] as Actor | null,
          action,
          article: { createdBy: whose === "own" ? ACTOR_ID : OTHER_ID, status },
          allowed,
        };
      }),
    ),
  ),
);

describe("can", () => {
  it("covers every actor × action × ownership × status", () => {
    expect(cases).toHaveLength(5 * 10 * 2 * 4);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)("$name", ({ actor, action, article, allowed }) => {
    expect(can(actor, action, article)).toBe(allowed);
  });

  it.each([
    ["admin", ["view", "edit", "submit", "publish", "delete", "viewHistory", "restore", "feature"]],
    ["editor", ["view", "edit", "submit", "publish", "delete", "viewHistory", "restore", "feature"]],
    ["contributor", []],
  ] as const)("on a draft whose author was removed, offers a %s %j", (role, actions) => {
    const actor: Actor = { id: ACTOR_ID, role, isActive: true };
    expect(allowedActions(actor, { createdBy: null, status: "draft" })).toEqual(actions);
  });

  it.each(["editor", "contributor"] as const)("gives a disabled %s nothing on their own draft", (role) => {
    const actor: Actor = { id: ACTOR_ID, role, isActive: false };
    expect(allowedActions(actor, { createdBy: ACTOR_ID, status: "draft" })).toEqual([]);
  });

  it("refuses a role it does not know, even on the actor's own draft", () => {
    // Casts stand in for a bad value read from outside the type system.
    const actor = { id: ACTOR_ID, role: "owner" as unknown as Role, isActive: true };
    expect(allowedActions(actor, { createdBy: ACTOR_ID, status: "draft" })).toEqual([]);
  });

  it.each(["constructor", "toString", "hasOwnProperty", "approve"])(
    "refuses an action name it does not know (%s), even to an admin",
    (name) => {
      expect(can(actors.admin, name as unknown as ArticleAction, { createdBy: ACTOR_ID, status: "draft" })).toBe(false);
    },
  );
});

describe("allowedActions", () => {
  it.each([
    ["editor", "draft", ACTOR_ID, ["view", "edit", "submit", "publish", "delete", "viewHistory", "restore", "feature"]],
    ["editor", "pending", OTHER_ID, ["view", "edit", "publish", "return", "delete", "viewHistory", "restore", "feature"]],
    ["admin", "published", OTHER_ID, ["view", "edit", "publish", "unpublish", "viewHistory", "restore", "feature"]],
    ["admin", "unpublished", OTHER_ID, ["view", "edit", "publish", "delete", "viewHistory", "restore", "feature"]],
    ["contributor", "draft", ACTOR_ID, ["view", "edit", "submit", "delete", "viewHistory", "restore"]],
    ["contributor", "pending", ACTOR_ID, ["view", "edit", "viewHistory", "restore"]],
    ["contributor", "published", ACTOR_ID, ["view", "viewHistory"]],
    ["contributor", "unpublished", ACTOR_ID, ["view", "viewHistory"]],
    ["contributor", "draft", OTHER_ID, []],
    ["signed-out visitor", "published", OTHER_ID, []],
  ] as const)("offers a %s on a %s article by user %i: %j", (who, status, createdBy, actions) => {
    expect(allowedActions(actors[who], { createdBy, status })).toEqual(actions);
  });

  it.each(
    (Object.keys(actors) as ActorName[]).flatMap((who) =>
      statuses.flatMap((status) => [ACTOR_ID, OTHER_ID].map((createdBy) => ({ who, status, createdBy }))),
    ),
  )("matches can, in articleActions order, for $who on a $status article by user $createdBy", ({ who, status, createdBy }) => {
    const article = { createdBy, status };
    const actor = actors[who];
    expect(allowedActions(actor, article)).toEqual(articleActions.filter((action) => can(actor, action, article)));
  });
});

describe("canCreateArticle", () => {
  it.each([
    ["an active admin", { id: 1, role: "admin", isActive: true }, true],
    ["an active editor", { id: 1, role: "editor", isActive: true }, true],
    ["an active contributor", { id: 1, role: "contributor", isActive: true }, true],
    ["a disabled admin", { id: 1, role: "admin", isActive: false }, false],
    ["a disabled editor", { id: 1, role: "editor", isActive: false }, false],
    ["a disabled contributor", { id: 1, role: "contributor", isActive: false }, false],
    ["a signed-out visitor", null, false],
  ] as const)("for %s is %s", (_, actor, allowed) => {
    expect(canCreateArticle(actor)).toBe(allowed);
  });
});

describe("canPublishAnything", () => {
  it.each([
    ["an active admin", { id: 1, role: "admin", isActive: true }, true],
    ["an active editor", { id: 1, role: "editor", isActive: true }, true],
    ["an active contributor", { id: 1, role: "contributor", isActive: true }, false],
    ["a disabled admin", { id: 1, role: "admin", isActive: false }, false],
    ["a disabled editor", { id: 1, role: "editor", isActive: false }, false],
    ["a signed-out visitor", null, false],
  ] as const)("shows the review queue badge to %s: %s", (_, actor, allowed) => {
    expect(canPublishAnything(actor)).toBe(allowed);
  });
});

describe("canDisableAccount", () => {
  it.each<[string, Actor | null, { id: number }, boolean]>([
    ["an admin, another account", { id: 1, role: "admin", isActive: true }, { id: 2 }, true],
    ["an admin, their own account", { id: 1, role: "admin", isActive: true }, { id: 1 }, false],
    ["a disabled admin", { id: 1, role: "admin", isActive: false }, { id: 2 }, false],
    ["an editor", { id: 1, role: "editor", isActive: true }, { id: 2 }, false],
    ["nobody signed in", null, { id: 2 }, false],
  ])("%s: %s", (_case, actor, account, allowed) => {
    expect(canDisableAccount(actor, account)).toBe(allowed);
  });
});

describe("isStaffRole", () => {
  it.each([
    ["admin", true],
    ["editor", true],
    ["contributor", false],
  ] as const)("counts %s as staff: %s", (role, staffRole) => {
    expect(isStaffRole(role)).toBe(staffRole);
  });
});

describe("canChangeMedia", () => {
  it.each<[string, Actor | null, { uploadedBy: number | null }, boolean]>([
    ["an admin, someone else's image", { id: 1, role: "admin", isActive: true }, { uploadedBy: 2 }, true],
    ["an editor, someone else's image", { id: 1, role: "editor", isActive: true }, { uploadedBy: 2 }, true],
    ["an editor, an image whose uploader is gone", { id: 1, role: "editor", isActive: true }, { uploadedBy: null }, true],
    ["a contributor, their own image", { id: 1, role: "contributor", isActive: true }, { uploadedBy: 1 }, true],
    ["a contributor, someone else's image", { id: 1, role: "contributor", isActive: true }, { uploadedBy: 2 }, false],
    ["a contributor, an image whose uploader is gone", { id: 1, role: "contributor", isActive: true }, { uploadedBy: null }, false],
    ["a disabled admin", { id: 1, role: "admin", isActive: false }, { uploadedBy: 1 }, false],
    ["a disabled contributor, their own image", { id: 1, role: "contributor", isActive: false }, { uploadedBy: 1 }, false],
    ["nobody signed in", null, { uploadedBy: null }, false],
  ])("%s: %s", (_case, actor, image, allowed) => {
    expect(canChangeMedia(actor, image)).toBe(allowed);
  });
});

describe("canOnGallery", () => {
  // Every step on an album of every status: editors and admins as the workflow allows, nobody else.
  const staffExpected: Record<(typeof galleryActions)[number], ArticleStatus[]> = {
    create: statuses,
    edit: statuses,
    publish: ["draft", "pending", "unpublished", "published"],
    unpublish: ["published"],
    delete: ["draft", "pending", "unpublished"],
  };
  for (const [name, actor] of Object.entries(actors)) {
    const staff = actor !== null && actor.isActive && actor.role !== "contributor";
    for (const action of galleryActions) {
      for (const status of statuses) {
        const allowed = staff && staffExpected[action].includes(status);
        it(`${allowed ? "lets" : "refuses"} ${name} ${action} a ${status} album`, () => {
          expect(canOnGallery(actor, action, { status })).toBe(allowed);
        });
      }
    }
  }

  it("refuses a stray action name", () => {
    expect(canOnGallery(actors.admin, "constructor" as never, { status: "draft" })).toBe(false);
  });
});

describe("canManageDocumentLists", () => {
  it.each<[string, Actor | null, boolean]>([
    ["an admin", { id: 1, role: "admin", isActive: true }, true],
    ["a disabled admin", { id: 1, role: "admin", isActive: false }, false],
    ["an editor", { id: 1, role: "editor", isActive: true }, false],
    ["a contributor", { id: 1, role: "contributor", isActive: true }, false],
    ["nobody signed in", null, false],
  ])("%s: %s", (_who, actor, expected) => {
    expect(canManageDocumentLists(actor)).toBe(expected);
  });
});
