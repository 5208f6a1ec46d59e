import 'fake-indexeddb/auto';
import '../lib/schema/messages-en';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
});
