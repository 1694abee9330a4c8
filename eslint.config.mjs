// @ts-check
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
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
    // Type-aware rules, over the dApp only so the rest of the repo stays fast: a promise started
    // in a handler or an effect is awaited, or let go on purpose with `void` (the transaction
    // runner turns every failure into a message), and none is passed where a plain callback goes.
    files: ["frontend/src/**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: dirname(fileURLToPath(import.meta.url)) },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    // The SDK is the bottom layer: the harness, the tasks, the audit and the dApp stand on it,
    // and it runs in the browser as well as in Node.
    files: ["sdk/**/*.ts"],
    ignores: ["sdk/wagmi.config.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/frontend/**",
                "**/harness/**",
                "**/tasks/**",
                "**/audit/**",
                "**/deploy/**",
                "**/scripts/**",
                "**/bench/**",
                "**/test/**",
                "**/e2e/**",
                "**/typechain-types/**",
              ],
              message: "sdk/ imports nothing from the layers above it.",
            },
            {
              group: ["ethers", "hardhat", "hardhat/**", "node:*"],
              message: "sdk/ runs in the browser too: viem, not ethers, Hardhat or Node built-ins.",
            },
          ],
        },
      ],
    },
  },
  {
    // ui/ holds primitives any page may use; they know no domain and no app shell.
    files: ["frontend/src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "../app/**",
                "../governance/**",
                "../membership/**",
                "../treasury/**",
                "../rounds/**",
                "../stewards/**",
                "../history/**",
                "../overview/**",
                "../wallet/**",
                "../transactions/**",
              ],
              message: "ui/ primitives import no domain folder and no app shell.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/*.cjs", ".solcover.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
