import { AppError } from '../../errors';
import { macroEnabled, passwordProtected } from './office-zip';

const MACRO_EXTENSIONS = new Set(['xlsm', 'xltm', 'xlam', 'docm', 'dotm']);

/** A name that says macros (.xlsm, .docm …) is refused before its content is looked at. */
export function refuseMacroExtension(extension: string): void {
  if (MACRO_EXTENSIONS.has(extension)) {
    throw macroEnabled(extension.startsWith('x') ? 'workbook' : 'document');
  }
}

/**
 * An OLE compound file (D0 CF 11 E0): an Excel 97–2003 .xls, a Word 97–2003 .doc, or an .xlsx or
 * .docx saved with a password, which Office wraps in one of these around an "EncryptedPackage"
 * stream. Stream names are UTF-16 in the file's directory.
 */
export function refuseCompoundFile(bytes: Uint8Array, extension: string): never {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (name: string) => file.includes(Buffer.from(name, 'utf16le'));
  const word = has('WordDocument') || extension === 'doc' || extension === 'docx';
  if (has('EncryptedPackage')) throw passwordProtected(word ? 'document' : 'workbook');
  throw new AppError(
    'UNSUPPORTED_FILE_TYPE',
    word
      ? 'This is an old Word document (.doc, Word 97–2003), which is not read. In Word choose File › Save As › "Word Document (*.docx)" and upload that.'
      : 'This is an old Excel workbook (.xls, Excel 97–2003), which is not read. In Excel choose File › Save As › "Excel Workbook (*.xlsx)" and upload that.',
  );
}
