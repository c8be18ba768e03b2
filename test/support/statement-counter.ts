import { createServer, connect, Server, Socket } from 'node:net';

/**
 * A pass-through TCP proxy to PostgreSQL that counts the statements its clients send:
 * simple-protocol Query ('Q') and extended-protocol Execute ('E') messages. Point a process's
 * DATABASE_URL at 127.0.0.1:<port> to count what it asks the database.
 */
export async function statementCounter(target: {
  host: string;
  port: number;
}): Promise<{ port: number; count(): number; close(): Promise<void> }> {
  let statements = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let buf = Buffer.alloc(0);
    let startup = true;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (startup) {
          // Untyped: SSLRequest / GSSENCRequest (answered by one byte) or the startup message.
          if (buf.length < 8) break;
          const len = buf.readInt32BE(0);
          if (buf.length < len) break;
          const code = buf.readInt32BE(4);
          buf = buf.subarray(len);
          if (code !== 80877103 && code !== 80877104) startup = false;
        } else {
          if (buf.length < 5) break;
          const len = buf.readInt32BE(1);
          if (buf.length < 1 + len) break;
          const type = String.fromCharCode(buf[0]);
          if (type === 'Q' || type === 'E') statements++;
          buf = buf.subarray(1 + len);
        }
      }
    });
    upstream.on('data', (d) => client.write(d));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    count: () => statements,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((res) => server.close(() => res()));
    },
  };
}
