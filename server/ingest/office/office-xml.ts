import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../../errors';
import type { OfficeZip } from './office-zip';

export interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(name: string, selfClosing: boolean): void;
  text?(text: string): void;
}

/**
 * Streams one part of the zip through saxes, a maintained XML parser that expands no entity
 * a document declares (an undeclared `&x;` is an error, not a lookup). The zip layer has
 * already refused any DOCTYPE; the doctype handler is a second line of defence.
 */
export async function parseXmlPart(
  zip: OfficeZip,
  name: string,
  handlers: XmlHandlers,
): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('doctype', () => {
    throw new AppError('FILE_UNREADABLE', `The ${zip.what}'s part "${name}" declares a DOCTYPE.`);
  });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(tag.name, tag.isSelfClosing));
  }
  if (handlers.text) parser.on('text', handlers.text);
  const decoder = new TextDecoder('utf-8');
  await zip.read(name, (chunk) => {
    if (failure) return;
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (!failure) parser.write(decoder.decode()).close();
  if (failure) {
    throw new AppError(
      'FILE_UNREADABLE',
      `The ${zip.what}'s part "${name}" is not well-formed XML (${(failure as Error).message.split('\n')[0]}). Open the file in ${zip.what === 'workbook' ? 'Excel' : 'Word'}, save it again and upload that.`,
    );
  }
}

/** "w:val" → its value; Office writes a switch as on/true/1 or off/false/0, absent meaning on. */
export function isOn(tag: SaxesTagPlain, attribute = 'w:val'): boolean {
  const value = tag.attributes[attribute];
  return value === undefined || !/^(?:0|false|off)$/i.test(value);
}
