import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { initialLocale } from "./i18n/I18nProvider";
import { loadMessages } from "./i18n/messages/load";
import "./styles.css";

// The visitor's language is loaded before the first render, so the page never flashes in
// English for someone who chose Danish.
const locale = initialLocale();
void loadMessages(locale).then((messages) =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App language={{ locale, messages }} />
    </StrictMode>,
  ),
);
