/*
 * The slice of Block Kit our renderers emit, typed narrowly so a renderer cannot produce a block
 * the limit checker does not know. Field names are Slack's (snake_case) because these objects go
 * to the Web API as they are.
 */

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export type TextObject = PlainText | Mrkdwn;

export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}

export interface PlainTextInputElement {
  type: 'plain_text_input';
  action_id: string;
  multiline?: boolean;
  initial_value?: string;
  min_length?: number;
  max_length?: number;
  placeholder?: PlainText;
}

export interface HeaderBlock {
  type: 'header';
  text: PlainText;
  block_id?: string;
}

export interface SectionBlock {
  type: 'section';
  text?: TextObject;
  fields?: TextObject[];
  accessory?: ButtonElement;
  block_id?: string;
}

export interface ContextBlock {
  type: 'context';
  elements: TextObject[];
  block_id?: string;
}

export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
  block_id?: string;
}

export interface DividerBlock {
  type: 'divider';
  block_id?: string;
}

export interface InputBlock {
  type: 'input';
  block_id: string;
  label: PlainText;
  element: PlainTextInputElement;
  hint?: PlainText;
  optional?: boolean;
}

/** One 👍/👎 pair; each button's `value` comes back in the `block_actions` payload. */
export interface FeedbackButtonsElement {
  type: 'feedback_buttons';
  action_id: string;
  positive_button: { text: PlainText; value: string; accessibility_label?: string };
  negative_button: { text: PlainText; value: string; accessibility_label?: string };
}

/** Slack's AI-answer footer: feedback buttons (and icon buttons, which we do not use). */
export interface ContextActionsBlock {
  type: 'context_actions';
  elements: FeedbackButtonsElement[];
  block_id?: string;
}

export type Block =
  | HeaderBlock
  | SectionBlock
  | ContextBlock
  | ActionsBlock
  | DividerBlock
  | InputBlock
  | ContextActionsBlock;

/** `chat.postMessage` / `chat.update` body: `text` is the notification and screen-reader fallback. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** The `view` argument of `views.open` / `views.update`. */
export interface SlackModalView {
  type: 'modal';
  callback_id: string;
  title: PlainText;
  submit?: PlainText;
  close?: PlainText;
  private_metadata?: string;
  blocks: Block[];
}

/** The `view` argument of `views.publish` (App Home). */
export interface SlackHomeView {
  type: 'home';
  blocks: Block[];
  private_metadata?: string;
}

/** Where a payload is shown; Slack's block caps differ between messages and views. */
export type SlackSurface = 'message' | 'modal' | 'home';
