export function publicDocs(): { problems: { name: string; problem: string }[]; examples: { name: string; code: string }[] };
