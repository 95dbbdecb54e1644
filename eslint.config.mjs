import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // One query code for both dialects (docs/decisions/0015): a query builder is awaited. SQLite's
    // synchronous .get(), .all() and .run() do not exist on PostgreSQL. Not in components/ (the
    // editor's Tiptap chains end in .run()) nor e2e/ (Playwright's locator.all()); better-sqlite3's
    // own prepared statements, for what only SQLite has (backups, locks), are fine.
    files: ["app/**", "db/**", "server/**", "seeds/**", "scripts/**", "tests/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[arguments.length=0] > MemberExpression.callee[object.callee.property.name!='prepare'] > Identifier.property[name=/^(get|all|run)$/]",
          message: "Await the query builder instead of SQLite's synchronous .get()/.all()/.run() (docs/decisions/0015).",
        },
      ],
    },
  },
  {
    // Every query is a Promise since issue 15: one left floating is a write that may never
    // happen, or an error nobody hears. Type-aware, so only where the database is reached.
    files: ["app/**/*.{ts,tsx}", "db/**/*.ts", "server/**/*.{ts,tsx}", "seeds/**/*.ts", "scripts/**/*.ts", "tests/**/*.ts", "e2e/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  globalIgnores([".next/**", "bench/bare-next/.next/**", "bench/bare-next/next-env.d.ts", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"]),
]);
