import { createServer } from 'node:net';

/**
 * A minimal SMTP server for the browser tests: it accepts every message (no TLS, no sign-in) and keeps it, so that a
 * flow can see what the service sent. Enough of RFC 5321 for Jakarta Mail: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
 * QUIT.
 */
export async function startSmtpSink() {
  const messages = [];
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let data = [];
    let recipients = [];
    const reply = (line) => socket.write(`${line}\r\n`);
    reply('220 e2e-sink ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push({ to: recipients, raw: data.join('\r\n') });
            data = [];
            recipients = [];
            reply('250 queued');
          } else {
            data.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-e2e-sink\r\n250 8BITMIME\r\n');
        else if (verb === 'HELO') reply('250 e2e-sink');
        else if (verb === 'RCPT') {
          recipients.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1'));
          reply('250 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('250 ok');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    messages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
