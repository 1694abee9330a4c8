// @ts-check
import js from "@eslint/js";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "artifacts/",
      "cache/",
      "cache_forge/",
      "out/",
      "typechain-types/",
      "coverage/",
      "frontend/dist/",
      "frontend/dist-e2e/",
      "sdk/generated/",
      "e2e/screenshots/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-unused-expressions": "off",
    },
  },
  {
    files: ["frontend/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "19" } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every word a visitor reads comes from the translations: no text written into JSX.
      // Punctuation and symbols between translated parts are allowed.
      "react/jsx-no-literals": [
        "error",
        { noStrings: false, allowedStrings: ["—", "←", "✓", "✕", "…", "#", "(", ")", ":", "-", "·"] },
      ],
    },
  },
  {
    files: ["scripts/*.cjs", ".solcover.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
