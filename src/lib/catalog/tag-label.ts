/** A tag id as a reader sees it: "web-ui" → "Web UI", "ebpf" → "eBPF". */

const SPECIAL_WORDS: Record<string, string> = {
  api: 'API',
  bgp: 'BGP',
  cni: 'CNI',
  coreos: 'CoreOS',
  dns: 'DNS',
  ebpf: 'eBPF',
  gitops: 'GitOps',
  smartstack: 'SmartStack',
  ui: 'UI',
  vpn: 'VPN',
};

/** Whole ids whose proper name is not a word-by-word reading. */
const SPECIAL_IDS: Record<string, string> = {
  'cloud-foundry': 'Cloud Foundry',
};

export function tagLabel(id: string): string {
  const special = SPECIAL_IDS[id];
  if (special) return special;
  const words = id.split('-').map((word) => SPECIAL_WORDS[word] ?? word);
  const [first = '', ...rest] = words;
  const capitalised = first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first;
  return [capitalised, ...rest].join(' ');
}
