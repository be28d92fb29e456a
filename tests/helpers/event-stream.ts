import http from 'node:http';
import { waitingList } from './waiting-list';

export interface Frame {
  event: string;
  id?: number;
  data: any;
}

export interface EventStream {
  status: number;
  /** The JSON body of a refused stream (a 4xx answers as any route does). */
  body: any;
  headers: http.IncomingHttpHeaders;
  frames: Frame[];
  /** Resolves with the first frame (heard so far or later) that matches. */
  until(matches: (frame: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  close(): void;
}

/** Reads an event stream's frames as they arrive (the parts of the WHATWG format the plugin sends). */
const parseFrame = (text: string): Frame | null => {
  const frame: { event?: string; id?: number; data?: string } = {};
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') frame.event = value;
    else if (field === 'id') frame.id = Number(value);
    else if (field === 'data') frame.data = frame.data === undefined ? value : `${frame.data}\n${value}`;
  }
  if (frame.data === undefined) return null;
  return { event: frame.event ?? 'message', id: frame.id, data: JSON.parse(frame.data) };
};

/** Opens `GET url` as a browser's stream would and collects its frames until closed. */
export function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      const frames = waitingList<Frame>();
      let buffer = '';
      let raw = '';
      const stream: EventStream = {
        status: response.statusCode ?? 0,
        body: undefined,
        headers: response.headers,
        frames: frames.items,
        until: frames.until,
        close: () => request.destroy(),
      };
      response.setEncoding('utf8');
      if (stream.status !== 200) {
        response.on('data', (chunk: string) => (raw += chunk));
        response.on('end', () => {
          stream.body = raw ? JSON.parse(raw) : undefined;
          resolve(stream);
        });
        return;
      }
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (frame) frames.push(frame);
        }
      });
      response.on('error', () => {});
      resolve(stream);
    });
    request.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
  });
}
