// One line per verb, kept apart from the verbs' code so `--help` loads none of it.
export const USAGE = {
  edit: 'usage: gitops-promote edit FILE... (--image NAME | --path PATH) [--document N] --to VALUE [--json]',
  promote: 'usage: gitops-promote promote --app A[,B] --to ENV [--version V] [--from ENV] [--mode push|pull-request] [--branch B] [--config PATH] [--dry-run] [--skip-gate REASON] [--allow-downgrade] [--freeze-override-reason R] [--max-attempts N] [--repo DIR] [--json]',
  history: 'usage: gitops-promote history [--app A] [--env E] [--ref REF] [--repo DIR] [--max N] [--json]',
  status: 'usage: gitops-promote status [--ref REF] [--format table|json|markdown] [--shard I/N] [--config PATH] [--repo DIR]',
  rollback: 'usage: gitops-promote rollback --app A --env E [--to VERSION | --to-commit SHA] [--region R] [--reason TEXT] [--force REASON] [--mode push|pull-request] [--branch B] [--config PATH] [--dry-run] [--max-attempts N] [--repo DIR] [--json]',
  parity: 'usage: gitops-promote parity --base REF --head REF [--render auto|kustomize|kubectl|none] [--history-ref REF] [--config PATH] [--repo DIR] [--json]',
  drift: 'usage: gitops-promote drift [--ref REF] [--live] [--behind-after 7d] [--shard I/N] [--config PATH] [--repo DIR] [--json]',
  'merge-reports': 'usage: gitops-promote merge-reports FILE... [--json] [--fail-on-drift] [--tracking-issue] [--run-url URL]   (combines --shard reports)',
  'wait-healthy': 'usage: gitops-promote wait-healthy --env ENV [--app APP] [--version V] [--commit SHA] [--config PATH] [--repo DIR] [--ref REF] [--url URL]... [--expect-version V] [--version-field F] [--expect-status N] [--body-match RE] [--header "Name: value"]... [--prometheus URL --query Q --success-condition C --failure-condition C] [--argocd-url URL --argocd-app A] [--flux-kind K --flux-name N --flux-namespace NS] [--deployment D | --statefulset S | --daemonset D | --rollout R] [--namespace NS] [--kubeconfig F] [--context C] [--initial-delay 0s] [--interval 10s] [--timeout 10m] [--request-timeout 10s] [--success-threshold 3] [--failure-limit 2] [--inconclusive-limit N] [--summary FILE] [--json]',
  schema: 'usage: gitops-promote schema   (prints the JSON Schema of gitops-promote.yaml)',
} as const;
