// Starts HTTP, turning "address in use" into a sentence with the fix in it.
import type { Express } from 'express';
import type { Server } from 'node:http';

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((done, fail) => {
    const server = app.listen(port, host);
    server.once('listening', () => done(server));
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        fail(
          new Error(
            `Port ${port} on ${host} is already in use. Stop what holds it, or set PORT to another port (PORT=3001 npm start).`,
          ),
        );
      else if (err.code === 'EACCES')
        fail(new Error(`Not allowed to listen on port ${port}; choose a port above 1024 with PORT.`));
      else fail(err);
    });
  });
}
