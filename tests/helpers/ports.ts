import net from 'node:net';

/** A TCP port of 127.0.0.1 that nothing listens on right now, for a server a test starts (or leaves down). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
