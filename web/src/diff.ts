/**
 * Word-level diff for reviewing edits: the longest common subsequence of word, space and punctuation tokens.
 * Edits are a sentence or a short paragraph, so the quadratic table is small; past MAX_CELLS the texts are shown
 * as one removal and one insertion rather than spend the time.
 */

export type DiffOp = { op: "equal" | "delete" | "insert"; text: string };

const MAX_CELLS = 400_000;

export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}_]+(?:['’.-][\p{L}\p{N}_]+)*|[^\s\p{L}\p{N}_]/gu) ?? [];
}

export function diffWords(before: string, after: string): DiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length * b.length > MAX_CELLS)
    return merge([
      { op: "delete", text: before },
      { op: "insert", text: after },
    ]);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ op: "equal", text: a[i++] ?? "" });
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
      ops.push({ op: "delete", text: a[i++] ?? "" });
    else ops.push({ op: "insert", text: b[j++] ?? "" });
  }
  while (i < a.length) ops.push({ op: "delete", text: a[i++] ?? "" });
  while (j < b.length) ops.push({ op: "insert", text: b[j++] ?? "" });
  return merge(absorbSpaces(ops));
}

/**
 * A lone space kept between two changes reads as noise ("~~old~~ ++new++ ~~word~~ ++other++"): fold it into both
 * sides so each change shows as one phrase.
 */
function absorbSpaces(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k] as DiffOp;
    const prev = ops[k - 1];
    const next = ops[k + 1];
    if (op.op === "equal" && /^\s+$/.test(op.text) && prev && next && prev.op !== "equal" && next.op !== "equal") {
      out.push({ op: "delete", text: op.text }, { op: "insert", text: op.text });
    } else out.push(op);
  }
  return out;
}

/** Joins runs of the same kind, deletions before insertions within one change. */
function merge(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = ins = "";
  };
  for (const op of ops) {
    if (op.op === "delete") del += op.text;
    else if (op.op === "insert") ins += op.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === "equal") last.text += op.text;
      else out.push({ ...op });
    }
  }
  flush();
  return out.filter((op) => op.text !== "");
}
