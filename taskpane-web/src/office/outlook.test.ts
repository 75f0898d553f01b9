import { afterEach, describe, expect, it } from 'vitest';
import { installOutlook, uninstallOffice } from '../test/officeMock';
import {
  OfficeError,
  onItemChanged,
  readBodyText,
  readCurrentMessage,
  readOpeningMessage,
  takeOpeningMessage,
} from './outlook';

afterEach(uninstallOffice);

describe('the Outlook adapter', () => {
  it('reads sender, To and Cc with names, and the message ids', async () => {
    installOutlook({
      from: { displayName: 'Lee, Ann', emailAddress: 'ann@client.example' },
      to: [{ displayName: 'Me Myself', emailAddress: 'me@firm.example' }],
      cc: [
        { displayName: 'Bob Stone', emailAddress: 'bob@client.example' },
        { displayName: '', emailAddress: '' },
      ],
    });
    const message = await readCurrentMessage();
    expect(message).toMatchObject({
      itemId: 'AAMkAD-1',
      restId: 'AAMkAD-1',
      from: { name: 'Lee, Ann', email: 'ann@client.example' },
      to: [{ name: 'Me Myself', email: 'me@firm.example' }],
      cc: [{ name: 'Bob Stone', email: 'bob@client.example' }],
      subject: 'Quarterly review',
      internetMessageId: '<msg-1@client.example>',
      conversationId: 'conv-1',
      dateTimeCreated: '2026-03-03T09:12:00.000Z',
      mailboxAddresses: ['me@firm.example'],
      sharedOwner: null,
    });
  });

  it('reads the message the pane opened on once, and hands it to the first render once', async () => {
    installOutlook({ from: { displayName: 'Ann Lee', emailAddress: 'ann@client.example' } });
    expect(takeOpeningMessage()).toBeUndefined();
    const reading = readOpeningMessage();
    expect(readOpeningMessage()).toBe(reading);
    const message = await reading;
    expect(message?.from).toEqual({ name: 'Ann Lee', email: 'ann@client.example' });
    expect(takeOpeningMessage()).toEqual({ value: message });
    expect(takeOpeningMessage()).toBeUndefined();
  });

  it('knows a shared mailbox by its owner, and keeps working', async () => {
    installOutlook({ sharedOwner: 'info@firm.example' });
    const message = await readCurrentMessage();
    expect(message?.sharedOwner).toBe('info@firm.example');
    expect(message?.mailboxAddresses).toEqual(['me@firm.example', 'info@firm.example']);
  });

  it('treats a failed shared-properties call as the user’s own mail', async () => {
    installOutlook({ sharedError: true });
    await expect(readCurrentMessage()).resolves.toMatchObject({ sharedOwner: null });
  });

  it('reads the body as plain text', async () => {
    installOutlook({ body: 'Hello\n\nBest regards,\nAnn' });
    await expect(readBodyText()).resolves.toBe('Hello\n\nBest regards,\nAnn');
  });

  it('rejects with a sentence when Outlook reports an error in the callback', async () => {
    installOutlook({ bodyError: { code: 9020, message: 'Internal error' } });
    const reading = readBodyText();
    await expect(reading).rejects.toBeInstanceOf(OfficeError);
    await expect(reading).rejects.toThrow('Outlook could not read the message body: Internal error');
  });

  it('is null without an open item, and follows ItemChanged', async () => {
    const { office, handlers } = installOutlook({});
    let changed = 0;
    const stop = await onItemChanged(() => changed++);
    handlers.olkItemSelectedChanged?.();
    expect(changed).toBe(1);
    stop();
    expect(handlers.olkItemSelectedChanged).toBeUndefined();
    (office as unknown as { context: { mailbox: { item: unknown } } }).context.mailbox.item = null;
    await expect(readCurrentMessage()).resolves.toBeNull();
  });
});
