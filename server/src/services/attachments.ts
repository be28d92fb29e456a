import { promises as fs } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import FileType from 'file-type';
import { getPluginConfig } from '../utils';

/** An uploaded file as Strapi's multipart body parser hands it over. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const TEXT_SAMPLE_BYTES = 8192;

/** Files without a signature are accepted as plain text only if they read as UTF-8 text. */
async function looksLikeText(filepath: string): Promise<boolean> {
  const handle = await fs.open(filepath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(TEXT_SAMPLE_BYTES), 0, TEXT_SAMPLE_BYTES, 0);
    const sample = buffer.subarray(0, bytesRead);
    if (sample.includes(0)) return false;
    // A multi-byte character cut at the sample's end is fine; anything else must decode.
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(sample);
    return !decoded.slice(0, -1).includes('\uFFFD');
  } finally {
    await handle.close();
  }
}

const allows = (allowed: string[], mime: string) =>
  allowed.some((pattern) => pattern === mime || (pattern.endsWith('/*') && mime.startsWith(pattern.slice(0, -1))));

/**
 * Attachments of tickets and replies: checked against the configured count, size and types — the
 * type read from the file's bytes, never from its name or the declared type — then stored through
 * Strapi's upload plugin under the detected type.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async validate(files: IncomingFile[], field = 'files.attachments'): Promise<void> {
    const { maxFiles, maxFileSizeBytes, allowedMimeTypes } = getPluginConfig(strapi).attachments;
    if (files.length > maxFiles) {
      throw new errors.ValidationError(`${field}: at most ${maxFiles} files per message`, {
        errors: [{ path: field, message: `at most ${maxFiles} files` }],
      });
    }
    for (const [index, file] of files.entries()) {
      const path = `${field}.${index}`;
      if (file.size > maxFileSizeBytes) {
        throw new errors.PayloadTooLargeError(`${path}: "${file.originalFilename}" is larger than ${maxFileSizeBytes} bytes`, {
          errors: [{ path, message: `larger than ${maxFileSizeBytes} bytes` }],
        });
      }
      const detected = await FileType.fromFile(file.filepath);
      const mime = detected?.mime ?? ((await looksLikeText(file.filepath)) ? 'text/plain' : 'application/octet-stream');
      if (!allows(allowedMimeTypes, mime)) {
        throw new errors.ValidationError(`${path}: files of type ${mime} are not accepted ("${file.originalFilename}")`, {
          errors: [{ path, message: `type ${mime} is not accepted` }],
        });
      }
      file.mimetype = mime;
    }
  },

  /** Stores validated files and returns their ids. */
  async store(files: IncomingFile[]): Promise<number[]> {
    if (files.length === 0) return [];
    const uploaded = await strapi.plugin('upload').service('upload').upload({ data: {}, files });
    return uploaded.map((file: { id: number }) => file.id);
  },

  /** Removes files stored for a write that then failed, so nothing is left orphaned. */
  async discard(ids: number[]): Promise<void> {
    const upload = strapi.plugin('upload').service('upload');
    for (const id of ids) {
      const file = await upload.findOne(id);
      if (file) await upload.remove(file);
    }
  },
});
