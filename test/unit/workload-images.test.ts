// workloadImages on text shaped like `kustomize build` output (kustomize prints keys sorted, `---` between
// objects). Object shapes come from the upstream type definitions named beside each one.
import { describe, expect, it } from '@jest/globals';
import { imageSet, workloadImages, type WorkloadImage } from '../../src/core/deploy/workload-images.js';

const brief = (list: WorkloadImage[]): string[] =>
  list.map((w) => `${w.kind}/${w.namespace ? `${w.namespace}/` : ''}${w.name} ${w.container}=${w.image}`);

// k8s.io/api apps/v1 types.go: DeploymentSpec.Template is a PodTemplateSpec; PodSpec has containers,
// initContainers, ephemeralContainers (core/v1 types.go).
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: web
  name: web
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - image: ghcr.io/acme/web:v1.2.0
        name: web
        ports:
        - containerPort: 8080
      - image: docker.io/envoyproxy/envoy:v1.31.0@sha256:${'a'.repeat(64)}
        name: envoy
      initContainers:
      - image: ghcr.io/acme/migrate:v1.2.0
        name: migrate
`;

// apps/v1 StatefulSet, DaemonSet, ReplicaSet: spec.template.spec as for a Deployment.
const APPS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  template:
    spec:
      containers:
      - image: postgres:16.4
        name: postgres
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: kube-system
spec:
  template:
    spec:
      containers:
      - image: fluent/fluent-bit:3.1
        name: fluent-bit
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: legacy
spec:
  template:
    spec:
      containers:
      - image: ghcr.io/acme/legacy:0.9
        name: legacy
`;

// batch/v1 types.go: JobSpec.Template; CronJobSpec.JobTemplate (JobTemplateSpec).Spec.Template.
const BATCH = `apiVersion: batch/v1
kind: Job
metadata:
  name: seed
spec:
  template:
    spec:
      containers:
      - image: ghcr.io/acme/seed:v3
        name: seed
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - image: ghcr.io/acme/report:v7
            name: report
          restartPolicy: OnFailure
  schedule: 0 3 * * *
`;

// core/v1 types.go: Pod.Spec is a PodSpec (ephemeralContainers live only on a Pod); PodTemplate.Template.
const CORE = `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
  - image: busybox:1.36
    name: main
  ephemeralContainers:
  - image: nicolaka/netshoot:v0.13
    name: shell
---
apiVersion: v1
kind: PodTemplate
metadata:
  name: runner
template:
  spec:
    containers:
    - image: ghcr.io/acme/runner:v2
      name: runner
`;

// argo-rollouts pkg/apis/rollouts/v1alpha1/types.go: RolloutSpec.Template (PodTemplateSpec); with WorkloadRef the
// template comes from the referenced Deployment, which the render also contains.
const ROLLOUTS = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: checkout
spec:
  strategy:
    canary:
      steps:
      - setWeight: 20
      - pause: {}
  template:
    spec:
      containers:
      - image: ghcr.io/acme/checkout:v5.0.1
        name: checkout
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: cart
spec:
  workloadRef:
    apiVersion: apps/v1
    kind: Deployment
    name: cart
`;

// knative serving pkg/apis/serving/v1/service_types.go: ServiceSpec.ConfigurationSpec.Template is a
// RevisionTemplateSpec whose Spec embeds a corev1.PodSpec.
const KNATIVE = `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  annotations:
    image: not-a-workload
  name: hello
spec:
  template:
    spec:
      containers:
      - image: ghcr.io/knative/helloworld-go:v1
        ports:
        - containerPort: 8080
`;

// argo-workflows pkg/apis/workflow/v1alpha1/workflow_types.go: Template.Container (*corev1.Container),
// Template.Script (ScriptTemplate embeds a Container), Template.Sidecars ([]UserContainer).
const WORKFLOW = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: build-
spec:
  entrypoint: main
  templates:
  - container:
      args: [make]
      image: golang:1.23
    name: main
    sidecars:
    - image: docker:27-dind
      name: dind
  - name: notify
    script:
      image: python:3.12-alpine
      source: print("done")
`;

describe('workloadImages: kinds with a known pod template', () => {
  it('reads containers, initContainers and ephemeralContainers with kind, name and namespace', () => {
    expect(brief(workloadImages(DEPLOYMENT))).toEqual([
      'Deployment/shop/web web=ghcr.io/acme/web:v1.2.0',
      `Deployment/shop/web envoy=docker.io/envoyproxy/envoy:v1.31.0@sha256:${'a'.repeat(64)}`,
      'Deployment/shop/web migrate=ghcr.io/acme/migrate:v1.2.0',
    ]);
    expect(brief(workloadImages(CORE))).toEqual([
      'Pod/debug main=busybox:1.36',
      'Pod/debug shell=nicolaka/netshoot:v0.13',
      'PodTemplate/runner runner=ghcr.io/acme/runner:v2',
    ]);
  });

  it('reads every apps/v1 and batch/v1 workload at its own path', () => {
    expect(brief(workloadImages(APPS + '---\n' + BATCH))).toEqual([
      'StatefulSet/db postgres=postgres:16.4',
      'DaemonSet/kube-system/agent fluent-bit=fluent/fluent-bit:3.1',
      'ReplicaSet/legacy legacy=ghcr.io/acme/legacy:0.9',
      'Job/seed seed=ghcr.io/acme/seed:v3',
      'CronJob/report report=ghcr.io/acme/report:v7',
    ]);
  });

  it('reads an Argo Rollout template, and a Rollout with workloadRef adds nothing of its own', () => {
    expect(brief(workloadImages(ROLLOUTS))).toEqual(['Rollout/checkout checkout=ghcr.io/acme/checkout:v5.0.1']);
  });

  it('names a container without a name by its list and index', () => {
    const text = DEPLOYMENT.replace('        name: migrate\n', '');
    expect(workloadImages(text).map((w) => w.container)).toEqual(['web', 'envoy', 'initContainers[0]']);
  });

  it('keeps an image exactly as written, even one that reads like a number when quoted', () => {
    const text = DEPLOYMENT.replace('ghcr.io/acme/web:v1.2.0', '"1.10"');
    expect(workloadImages(text)[0]?.image).toBe('1.10');
  });
});

describe('workloadImages: other kinds are searched for every `image` string', () => {
  it('finds a Knative Service container and ignores an `image` annotation', () => {
    expect(brief(workloadImages(KNATIVE))).toEqual([
      'Service/hello spec.template.spec.containers[0].image=ghcr.io/knative/helloworld-go:v1',
    ]);
  });

  it('finds Argo Workflow container, sidecar and script images', () => {
    expect(workloadImages(WORKFLOW).map((w) => `${w.container}=${w.image}`)).toEqual([
      'spec.templates[0].container.image=golang:1.23',
      'spec.templates[0].sidecars[0].image=docker:27-dind',
      'spec.templates[1].script.image=python:3.12-alpine',
    ]);
  });

  it('treats a known kind from another API group as unknown, so its images are still found', () => {
    const text = DEPLOYMENT.replace('apiVersion: apps/v1', 'apiVersion: example.com/v1');
    expect(workloadImages(text).map((w) => w.container)).toEqual([
      'spec.template.spec.containers[0].image',
      'spec.template.spec.containers[1].image',
      'spec.template.spec.initContainers[0].image',
    ]);
  });

  it('quotes keys that are not plain names in the location, and skips values that are not strings', () => {
    const text = 'apiVersion: x.io/v1\nkind: Thing\nmetadata:\n  name: t\nspec:\n  "a.b":\n    image: r/a:1\n' +
      '  other:\n    image:\n      repository: r/b\n      tag: "2"\n';
    expect(workloadImages(text).map((w) => `${w.container}=${w.image}`)).toEqual(['spec["a.b"].image=r/a:1']);
  });

  it('looks inside a List', () => {
    const items = DEPLOYMENT.replace(/^/gm, '  ').replace(/^ {2}apiVersion/, '- apiVersion');
    const text = `apiVersion: v1\nkind: List\nitems:\n${items}`;
    expect(imageSet(workloadImages(text))).toEqual([
      `docker.io/envoyproxy/envoy:v1.31.0@sha256:${'a'.repeat(64)}`,
      'ghcr.io/acme/migrate:v1.2.0',
      'ghcr.io/acme/web:v1.2.0',
    ]);
  });

  it('finds a ConfigMap value named image, nothing in a Service or a Secret, and nothing in empty output', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  image: ghcr.io/acme/op:v1\n' +
      '---\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 80\n' +
      '---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: pull\ndata:\n  image: c2VjcmV0\n';
    expect(brief(workloadImages(text))).toEqual(['ConfigMap/c data.image=ghcr.io/acme/op:v1']);
    expect(workloadImages('')).toEqual([]);
  });
});

describe('imageSet', () => {
  it('sorts and removes repeats', () => {
    const twice = workloadImages(`${ROLLOUTS}---\n${DEPLOYMENT}---\n${ROLLOUTS.replace('name: checkout', 'name: c2')}`);
    expect(twice).toHaveLength(5);
    expect(imageSet(twice)).toEqual([
      `docker.io/envoyproxy/envoy:v1.31.0@sha256:${'a'.repeat(64)}`,
      'ghcr.io/acme/checkout:v5.0.1',
      'ghcr.io/acme/migrate:v1.2.0',
      'ghcr.io/acme/web:v1.2.0',
    ]);
  });
});

describe('workloadImages: output that is not manifests', () => {
  const fails = (text: string): string => {
    try {
      workloadImages(text);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected workloadImages to throw');
  };

  it('names the document and line of a YAML error', () => {
    expect(fails(`${APPS}---\nkind: [Deployment\n`))
      .toMatch(/^renderer output is not valid YAML \(document 4, line \d+\)/);
  });

  it('refuses a document that is not a mapping, or has no kind', () => {
    expect(fails('- a\n- b\n')).toBe('renderer output document 1 is not a mapping (a Kubernetes object)');
    expect(fails(`${CORE}---\nmetadata:\n  name: x\n`)).toBe('renderer output document 3 has no kind');
  });

  it('refuses a pod template whose containers are not a list of mappings with string images', () => {
    const notList = DEPLOYMENT.replace('      initContainers:\n', '      initContainers: oops\n      x:\n');
    expect(fails(notList)).toBe('renderer output document 1 (Deployment web): initContainers is not a list');
    const number = DEPLOYMENT.replace('ghcr.io/acme/web:v1.2.0', '1.10');
    expect(fails(number)).toBe('renderer output document 1 (Deployment web): the image of web is not a string');
    const scalar = CORE.replace(/template:\n {2}spec:[^]*$/, 'template: nope\n');
    expect(fails(scalar)).toBe('renderer output document 2 (PodTemplate runner): template.spec is not a mapping');
  });
});
