// Open data: the files the build script wrote, published as they are.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

const FILES = ['corpus.json', 'corpus.schema.json', 'quotes.csv'];

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(resolve(process.cwd(), process.env.CORPUS_DIR ?? 'generated', String(params.file))));
