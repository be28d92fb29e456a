import { css } from 'lit';

/**
 * Everything the widget looks like, adopted into its shadow root as a constructed stylesheet (no
 * `<style>` element and no `style=` attribute, so a strict Content-Security-Policy allows it). The
 * host page sets the brand through custom properties: `--helpdesk-brand`, `--helpdesk-radius`, and
 * `theme="light|dark|auto"` on the element.
 */
export const styles = css`
  :host {
    --brand: var(--helpdesk-brand, #4945ff);
    --radius: var(--helpdesk-radius, 10px);
    --fg: #1b1f2a;
    --muted: #555b6e;
    --bg: #ffffff;
    --line: #d0d4dd;
    --soft: #f3f4f8;
    display: block;
    color: var(--fg);
    font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    max-width: 640px;
  }
  :host([theme='dark']) {
    --fg: #eceef3;
    --muted: #b4bac8;
    --bg: #171a21;
    --line: #3a4050;
    --soft: #222733;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --fg: #eceef3;
      --muted: #b4bac8;
      --bg: #171a21;
      --line: #3a4050;
      --soft: #222733;
    }
  }
  .desk {
    background: var(--bg);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 20px;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.25rem;
  }
  h3 {
    margin: 0 0 8px;
    font-size: 1.1rem;
  }
  .banner {
    margin: 0 0 16px;
    color: var(--muted);
  }
  .banner.notice {
    color: var(--fg);
    background: var(--soft);
    border-left: 4px solid var(--brand);
    border-radius: var(--radius);
    padding: 10px 12px;
  }
  .banner.open::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-right: 0.4em;
    border-radius: 50%;
    background: #2f9e44;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 4px;
  }
  input,
  textarea,
  select {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    font-size: max(16px, 1rem);
    padding: 10px 12px;
    color: var(--fg);
    background: var(--bg);
    border: 1px solid var(--line);
    border-radius: var(--radius);
  }
  textarea {
    resize: vertical;
  }
  label {
    margin-top: 12px;
  }
  label:first-of-type,
  h3 + label {
    margin-top: 0;
  }
  label.check {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    font-weight: 400;
    margin-top: 12px;
  }
  label.check input {
    width: auto;
    margin-top: 0.3em;
  }
  .hint,
  .field-error {
    margin: 4px 0 0;
    font-size: 0.95rem;
    color: var(--muted);
  }
  .hint:empty,
  .field-error:empty {
    display: none;
  }
  .field-error,
  [aria-invalid='true'] {
    color: #b42318;
    border-color: #b42318;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0 0 12px;
    border-bottom: 1px solid var(--line);
  }
  .tab {
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    background: none;
    padding: 8px 10px;
  }
  .tab[aria-current='page'] {
    border-bottom-color: var(--brand);
    font-weight: 600;
  }
  button.link {
    border: 0;
    background: none;
    color: var(--brand);
    text-decoration: underline;
    padding-left: 4px;
    padding-right: 4px;
  }
  .tickets,
  .thread,
  .ledger {
    list-style: none;
    margin: 8px 0 12px;
    padding: 0;
  }
  .ticket-row {
    display: block;
    width: 100%;
    text-align: left;
    margin: 0 0 8px;
  }
  .thread > li {
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 10px 12px;
    margin: 0 0 8px;
  }
  .thread > li.from-staff {
    background: var(--soft);
    box-shadow: inset 4px 0 0 var(--brand);
  }
  .files {
    margin: 6px 0 0;
    padding-left: 1.2em;
  }
  .files a {
    color: inherit;
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .thread .body {
    margin: 4px 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .ledger li {
    display: grid;
    grid-template-columns: 1fr 1.5fr auto;
    gap: 8px;
    padding: 6px 0;
    border-top: 1px solid var(--line);
  }
  .number {
    font-variant-numeric: tabular-nums;
    text-align: right;
  }
  .balance {
    font-size: 1.15rem;
    font-weight: 600;
  }
  h4 {
    margin: 16px 0 4px;
    font-size: 1rem;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible,
  [role='option']:focus-visible {
    outline: 3px solid var(--brand);
    outline-offset: 2px;
  }
  [role='listbox'] {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    border: 1px solid var(--line);
    border-radius: var(--radius);
    overflow: hidden;
  }
  [role='option'] {
    padding: 10px 12px;
    cursor: pointer;
    border-top: 1px solid var(--line);
  }
  [role='option']:first-child {
    border-top: 0;
  }
  [role='option'][aria-selected='true'],
  [role='option']:hover {
    background: var(--soft);
    box-shadow: inset 4px 0 0 var(--brand);
  }
  .source {
    display: block;
    font-size: 0.8rem;
    color: var(--muted);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .hit-title {
    display: block;
    font-weight: 600;
  }
  .snippet {
    display: block;
    color: var(--muted);
    font-size: 0.95rem;
  }
  mark {
    background: color-mix(in srgb, var(--brand) 18%, transparent);
    color: inherit;
    border-radius: 3px;
  }
  .status {
    min-height: 1.5em;
    margin: 8px 0 0;
    color: var(--muted);
    font-size: 0.95rem;
  }
  .status.problem {
    color: #b42318;
  }
  :host([theme='dark']) .status.problem {
    color: #ff8f80;
  }
  article p,
  article ul {
    margin: 0 0 12px;
  }
  article ul {
    padding-left: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 12px;
  }
  button,
  .link-button {
    font: inherit;
    font-size: 1rem;
    padding: 10px 14px;
    border-radius: var(--radius);
    border: 1px solid var(--line);
    background: var(--bg);
    color: var(--fg);
    cursor: pointer;
    text-decoration: none;
  }
  button.primary {
    background: var(--brand);
    border-color: var(--brand);
    color: #fff;
  }
  article form,
  section form {
    margin-top: 16px;
  }
  :host([theme='dark']) .field-error,
  :host([theme='dark']) [aria-invalid='true'] {
    color: #ff8f80;
    border-color: #ff8f80;
  }
  .thanks {
    margin: 12px 0 0;
    font-weight: 600;
  }
`;
