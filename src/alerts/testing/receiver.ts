// A webhook receiver on 127.0.0.1 for the delivery tests. Each request is answered by a script
// keyed on how many times that delivery (its Marsad-Delivery header) has been tried: a status, a
// dropped connection, or no answer at all.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = { status: number; headers?: Record<string, string> } | 'drop' | 'hang';

export interface ReceivedPost {
  key: string;
  contentType: string;
  body: unknown;
  /** What the receiver did with it. */
  answer: Answer;
}

export interface Receiver {
  url: string;
  received: ReceivedPost[];
  /** The posts it answered with a 2xx. */
  accepted(): ReceivedPost[];
  close(): Promise<void>;
}

/** `script(attempt)` answers the attempt-th request (1-based) for one delivery key. */
export async function startReceiver(script: (attempt: number) => Answer): Promise<Receiver> {
  const received: ReceivedPost[] = [];
  const attempts = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const key = String(request.headers['marsad-delivery'] ?? '');
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const answer = script(attempt);
      received.push({ key, contentType: String(request.headers['content-type']), body: JSON.parse(Buffer.concat(chunks).toString('utf8')), answer });
      if (answer === 'drop') request.socket.destroy();
      else if (answer !== 'hang') response.writeHead(answer.status, answer.headers).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/marsad`,
    received,
    accepted: () => received.filter((r) => typeof r.answer === 'object' && r.answer.status >= 200 && r.answer.status < 300),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
