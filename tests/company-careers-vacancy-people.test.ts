import { describe, expect, it } from 'vitest';
import { extractPageFull } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

const url = 'https://www.northwind-carbon.example/careers';
const role = (title: string, team: string, slug: string) =>
  `<li class="job"><a href="/careers/${slug}"><h3>${title}</h3><p class="team">${team}</p><p>Zurich, Switzerland</p></a></li>`;
const page = `<html><head><title>Careers | Northwind Carbon</title><meta property="og:site_name" content="Northwind Carbon"></head><body>
  <header><nav><a href="/">Home</a><a href="/about">About</a><a href="/careers">Careers</a></nav></header>
  <main><h1>Open positions</h1><ul class="jobs">
  ${role('Project Controls – Cost Controller (100%)', 'Operations', 'cost-controller')}
  ${role('Site Engineering – Commissioning Lead (80-100%)', 'Operations', 'commissioning-lead')}
  ${role('Senior Grant Manager', 'Finance', 'grant-manager')}
  </ul></main></body></html>`;

describe('an open role written "Team – Role" on a careers page', () => {
  it('is a job, never a person named after the team', () => {
    const x = extractPageFull(docFrom(page, url), new URL(url));
    expect(x.jobs?.map((j) => j.title)).toContain('Project Controls – Cost Controller (100%)');
    expect(x.people?.map((p) => p.name) ?? []).not.toContain('Project Controls');
    expect(x.people?.map((p) => p.name) ?? []).not.toContain('Site Engineering');
  });
});
