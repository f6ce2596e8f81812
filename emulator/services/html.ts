// HtmlService: HtmlOutput from a string or from `${distDir}/${name}.html`, with title and size.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '../runtime.ts';

const free = () => 'free' as const;

/** An HtmlOutput. */
export class EmuHtmlOutput {
  _title = '';
  _width = 600;
  _height = 400;

  constructor(public _content: string) {}

  getContent(): string {
    return this._content;
  }
  setContent(content: string): this {
    this._content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this._content += String(addedContent);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }
  getWidth(): number {
    return this._width;
  }
  setWidth(width: number): this {
    this._width = width;
    return this;
  }
  getHeight(): number {
    return this._height;
  }
  setHeight(height: number): this {
    this._height = height;
    return this;
  }
  setXFrameOptionsMode(_mode: string): this {
    return this;
  }
  setSandboxMode(_mode: string): this {
    return this;
  }
  addMetaTag(_name: string, _content: string): this {
    return this;
  }
}

/** HtmlService. */
export class EmuHtmlService {
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
  readonly SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });

  constructor(
    readonly _rt: Runtime,
    readonly _distDir: string,
  ) {}

  createHtmlOutput(html = ''): EmuHtmlOutput {
    return this._rt.expose(new EmuHtmlOutput(String(html)), 'HtmlOutput', free);
  }
  /** Reads `${distDir}/${filename}.html` (the name may carry .html already). */
  createHtmlOutputFromFile(filename: string): EmuHtmlOutput {
    const name = filename.endsWith('.html') ? filename : `${filename}.html`;
    let content: string;
    try {
      content = readFileSync(join(this._distDir, name), 'utf8');
    } catch {
      throw this._rt.error(`No HTML file named ${filename} was found.`);
    }
    return this._rt.expose(new EmuHtmlOutput(content), 'HtmlOutput', free);
  }
}
