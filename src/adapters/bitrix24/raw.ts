/**
 * Shapes of the REST answers the adapter reads, as documented (only the
 * fields it uses). Numbers may come back as strings from older endpoints,
 * hence `number | string`.
 */

type Num = number | string;

/** A chat as `imopenlines.dialog.get` and the `chat` of `im.recent.list` items return it. */
export interface RawChat {
  id: Num;
  name?: string;
  /** The operator the chat is assigned to (0 while it waits in the queue). */
  owner?: Num;
  avatar?: string;
  date_create?: string;
  entity_type?: string;
  /** `connector|lineId|externalChatId|clientUserId`, e.g. `livechat|1|1363|203`. */
  entity_id?: string;
  entity_data_1?: string;
  entity_data_2?: string;
  entity_data_3?: string;
  type?: string;
}

/** The last message of an `im.recent.list` item. */
export interface RawRecentMessage {
  id: Num;
  text?: string;
  author_id?: Num;
  date?: string;
  file?: boolean | unknown;
}

/** One item of `im.recent.list`. */
export interface RawRecentItem {
  id: string | number;
  chat_id?: Num;
  type?: string;
  title?: string;
  avatar?: { url?: string; color?: string };
  message?: RawRecentMessage;
  counter?: number;
  pinned?: boolean;
  unread?: boolean;
  date_update?: string;
  date_last_activity?: string;
  chat?: RawChat;
  user?: RawUser;
  /** Open channel data: `id` is the session, `status` its status code. */
  lines?: { id?: Num; status?: Num; date_create?: string };
}

/** A user of `im.*` answers (snake_case in `im.dialog.messages.get`, camelCase in `im.dialog.messages.search`). */
export interface RawUser {
  id: Num;
  name?: string;
  first_name?: string;
  firstName?: string;
  last_name?: string;
  work_position?: string;
  workPosition?: string;
  avatar?: string;
  bot?: boolean;
  connector?: boolean;
  status?: string;
  email?: string;
  phones?: Record<string, string> | false;
}

/** A message of `im.dialog.messages.get` / `.search`. */
export interface RawMessage {
  id: Num;
  chat_id?: Num;
  author_id?: Num;
  date: string;
  text?: string;
  isSystem?: boolean;
  params?: Record<string, unknown> | unknown[] | null;
}

/** A file of `im.dialog.messages.get`. */
export interface RawFile {
  id: Num;
  chatId?: Num;
  type?: string;
  name?: string;
  size?: Num;
  image?: { width?: number; height?: number } | false;
  urlPreview?: string;
  urlShow?: string;
  urlDownload?: string;
}

/** `im.dialog.messages.get` / `.search` result. */
export interface RawMessagePage {
  messages?: RawMessage[];
  users?: RawUser[];
  files?: RawFile[] | Record<string, RawFile>;
  chat_id?: Num;
}

/** A user of `user.current` / `user.search` / `user.get`. */
export interface RawPortalUser {
  ID: Num;
  NAME?: string;
  LAST_NAME?: string;
  WORK_POSITION?: string;
  PERSONAL_PHOTO?: string;
  IS_ONLINE?: string;
  EMAIL?: string;
}

/** An open channel of `imopenlines.config.list.get` (fields of `imopenlines.config.add`, plus `QUEUE` with `OPTIONS.QUEUE = 'Y'`). */
export interface RawLine {
  ID: Num;
  LINE_NAME?: string;
  ACTIVE?: string;
  QUEUE?: Num[];
}

/** A session of `imopenlines.v2.Session.list`. */
export interface RawSession {
  id: Num;
  configId: Num;
  source?: string;
  operatorId?: Num | null;
  userId?: Num;
  chatId: Num;
  dateCreate: string;
  dateClose?: string | null;
  status: string;
  vote?: string;
  crmEntityType?: string | null;
  crmEntityId?: Num | null;
  waitAnswer?: number | null;
}

/** The file object of `disk.folder.uploadfile`. */
export interface RawDiskFile {
  ID: Num;
  NAME?: string;
  SIZE?: Num;
  DOWNLOAD_URL?: string;
  DETAIL_URL?: string;
}

/** `imopenlines.v2.Stat.get` result (`statResult`). */
export interface RawStat {
  totalSessions?: number;
  closedSessions?: number;
  spamSessions?: number;
  avgWaitAnswer?: number;
  avgSessionDuration?: number;
  likeCount?: number;
  dislikeCount?: number;
}
