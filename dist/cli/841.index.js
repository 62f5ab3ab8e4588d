export const id = 841;
export const ids = [841];
export const modules = {

/***/ 5841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollbackCommand: () => (/* binding */ runRollbackCommand)
});

// EXTERNAL MODULE: ./.build/core/promote/branch-tip.js
var branch_tip = __webpack_require__(6527);
// EXTERNAL MODULE: ./.build/core/promote/run-promote.js + 2 modules
var run_promote = __webpack_require__(1343);
// EXTERNAL MODULE: ./.build/core/config/environments.js
var environments = __webpack_require__(3597);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/history/trailers.js
var history_trailers = __webpack_require__(5803);
// EXTERNAL MODULE: ./.build/core/history/promotions.js
var promotions = __webpack_require__(7293);
// EXTERNAL MODULE: ./.build/core/layout.js
var core_layout = __webpack_require__(7008);
// EXTERNAL MODULE: ./.build/core/policy/tag-policy.js
var tag_policy = __webpack_require__(5142);
// EXTERNAL MODULE: ./.build/core/policy/versions.js
var versions = __webpack_require__(6866);
// EXTERNAL MODULE: ./.build/core/promote/config-at.js
var config_at = __webpack_require__(7003);
// EXTERNAL MODULE: ./.build/core/promote/commit-message.js
var commit_message = __webpack_require__(9684);
// EXTERNAL MODULE: ./.build/core/target-version.js
var target_version = __webpack_require__(5742);
;// CONCATENATED MODULE: ./.build/core/rollback/plan-rollback.js
// Plan a rollback on one commit: find the promotion to undo (from trailers, or from the target files' history
// when trailers are missing), restore every target's earlier value as a new forward commit (never a revert of a
// commit that may touch other apps, never a force push), and refuse what the tag policy refuses.










async function versionAt(git, commit, t) {
    const snap = await git.snapshot(commit);
    if (!snap.files.includes(t.file))
        return {};
    const text = await snap.read(t.file);
    return { version: (0,target_version/* readTargetVersion */.eS)(text, t).version, text };
}
/** The newest commit that made target `t` hold `current` (its parent held something else). */
async function changeFromFileHistory(git, tip, t, current) {
    const commits = await git.log(tip, { paths: [t.file], max: 200 });
    for (const c of commits) {
        const here = await versionAt(git, c.sha, t);
        // The value changed back and forth: stop at the first change.
        if (!(0,versions/* sameVersion */.r1)(here.version, current))
            return undefined;
        const parent = c.parents[0];
        const before = parent ? await versionAt(git, parent, t) : {};
        if (!(0,versions/* sameVersion */.r1)(before.version, current))
            return { commit: c.sha, parent, source: 'file history' };
    }
    return undefined;
}
function rollbackMessage(f) {
    const subject = `rollback(${f.app}): ${f.env} ${f.bad} -> ${f.good}`;
    const lines = f.targets
        .filter((t) => t.old !== t.new)
        .map((t) => `- ${t.file}${t.region ? ` [${t.region}]` : ''}: ${t.old ?? commit_message/* NO_VERSION */.dG} -> ${t.new}`);
    const intro = `Roll ${f.app} in ${f.env} back to ${f.good}`
        + `${f.rollbackOf ? `, undoing ${f.rollbackOf.slice(0, 12)}` : ''}${f.reason ? `: ${f.reason}` : '.'}`;
    const trailers = (0,history_trailers/* formatTrailers */.mb)([
        ['Rollback-App', f.app], ['Rollback-Env', f.env], ['Rollback-Of', f.rollbackOf],
        ['Rolled-Back-Version', f.bad], ['Restored-Version', f.good],
        ['Reason', f.reason], ['Rollback-Forced', f.force], ['Rolled-Back-By', f.by], ['Workflow-Run', f.runUrl],
    ]);
    return `${subject}\n\n${intro}\n\n${lines.join('\n')}\n\n${trailers}\n`;
}
async function planRollback(git, tip, req, pinned) {
    const snapshot = await git.snapshot(tip);
    const config = await (0,config_at/* configAt */.E)(snapshot, req.configPath);
    const layout = (0,core_layout/* discoverLayout */.CA)(config, snapshot.files, req.singleAppName);
    const env = (0,core_layout/* findEnv */.z9)(layout, req.env);
    const app = (0,core_layout/* findApp */.J0)(layout, req.app);
    let targets = (0,core_layout/* targetsOf */.QR)(layout, app, env.name);
    if (!targets.length) {
        throw new errors/* UserError */.y(`app ${(0,errors/* quote */.h)(app)} has no target in environment ${(0,errors/* quote */.h)(env.name)}; nothing to roll back`);
    }
    if (req.region !== undefined) {
        targets = targets.filter((t) => t.region === req.region);
        if (!targets.length) {
            throw new errors/* UserError */.y(`app ${(0,errors/* quote */.h)(app)} has no target in region ${(0,errors/* quote */.h)(req.region)} of ${env.name}; `
                + 'expected one of: '
                + `${[...new Set((0,core_layout/* targetsOf */.QR)(layout, app, env.name).map((t) => t.region ?? '(no region)'))].join(', ')}`);
        }
    }
    const here = await Promise.all(targets.map(async (t) => {
        const text = await snapshot.read(t.file);
        return { t, text, ...(0,target_version/* readTargetVersion */.eS)(text, t) };
    }));
    const current = [...new Set(here.map((h) => h.version ?? commit_message/* NO_VERSION */.dG))];
    // The promotion to undo: pinned by an earlier attempt, else the last promotion whose version still runs.
    let found;
    if (pinned) {
        const c = (await git.log(pinned, { max: 1 }))[0];
        found = { commit: pinned, parent: c?.parents[0], source: 'trailers' };
    }
    else {
        const records = (0,promotions/* promotionRecords */.U)(await git.log(tip, { grep: promotions/* PROMOTION_GREP */.D, max: 500 }))
            .filter((r) => r.app === app && (0,environments/* sameEnv */.cC)(r.env, env.name));
        // A target is already rolled back when the newest recorded change that touched it is a rollback, and it has
        // not moved since. Undoing that by default would redeploy the bad version.
        const rolledBack = new Map();
        const parents = new Map();
        for (const h of here) {
            for (const r of records.slice(0, 20)) {
                if (!parents.has(r.sha))
                    parents.set(r.sha, (await git.log(r.sha, { max: 1 }))[0]?.parents[0]);
                const parent = parents.get(r.sha);
                const after = await versionAt(git, r.sha, h.t);
                const before = parent ? await versionAt(git, parent, h.t) : {};
                if ((0,versions/* sameVersion */.r1)(after.version, before.version))
                    continue;
                if (r.kind === 'rollback' && (0,versions/* sameVersion */.r1)(h.version, after.version))
                    rolledBack.set(h.t, r);
                break;
            }
        }
        if (rolledBack.size === here.length && req.toVersion === undefined && req.toCommit === undefined) {
            const r = [...rolledBack.values()][0];
            throw new errors/* UserError */.y(`${app} in ${env.name} was already rolled back to ${r.version} by ${r.sha.slice(0, 12)}`
                + `${r.rollbackOf ? ` (undoing ${r.rollbackOf.slice(0, 12)})` : ''}; `
                + 'expected a version to go further back (input to, or --to VERSION)');
        }
        const pending = here.filter((h) => !rolledBack.has(h.t));
        const last = records.find((r) => r.kind === 'promotion'
            && pending.some((h) => (0,versions/* sameVersion */.r1)(h.version, r.version)));
        if (last) {
            const c = (await git.log(last.sha, { max: 1 }))[0];
            found = { commit: last.sha, parent: c?.parents[0], source: 'trailers' };
        }
        else {
            for (const h of pending) {
                found = await changeFromFileHistory(git, tip, h.t, h.version);
                if (found)
                    break;
            }
        }
    }
    // What each target goes back to.
    const restore = new Map();
    if (req.toCommit !== undefined) {
        for (const h of here) {
            const at = await versionAt(git, req.toCommit, h.t);
            if (!at.version) {
                throw new errors/* UserError */.y(`${h.t.file} holds no version at ${req.toCommit.slice(0, 12)}; `
                    + `expected a commit where ${app} ran in ${env.name}`);
            }
            restore.set(h.t, { version: at.version });
        }
    }
    else if (req.toVersion !== undefined) {
        if (!req.force) {
            const ran = new Set();
            const records = (0,promotions/* promotionRecords */.U)(await git.log(tip, { grep: promotions/* PROMOTION_GREP */.D, max: 1000 }))
                .filter((r) => r.app === app && (0,environments/* sameEnv */.cC)(r.env, env.name));
            for (const r of records) {
                ran.add(r.version);
                for (const p of (r.previous ?? '').split(', '))
                    if (p && p !== commit_message/* NO_VERSION */.dG)
                        ran.add(p);
            }
            for (const h of here) {
                for (const c of await git.log(tip, { paths: [h.t.file], max: 200 })) {
                    const v = (await versionAt(git, c.sha, h.t)).version;
                    if (v)
                        ran.add(v);
                }
            }
            if (![...ran].some((v) => (0,versions/* sameVersion */.r1)(v, req.toVersion))) {
                throw new errors/* UserError */.y(`${env.name} never ran ${app} ${req.toVersion} `
                    + `(found in its history: ${[...ran].slice(0, 10).join(', ') || 'nothing'}); `
                    + 'expected one of those, or force with a reason');
            }
        }
        for (const h of here)
            restore.set(h.t, { version: req.toVersion });
    }
    else {
        if (!found?.parent) {
            throw new errors/* UserError */.y(`found no earlier version of ${app} in ${env.name} to roll back to `
                + `(no promotion trailers, and the files' history has no earlier value; a shallow clone needs fetch-depth: 0); `
                + 'expected a version or commit to restore (input to or to-commit; --to or --to-commit)');
        }
        for (const h of here) {
            const before = await versionAt(git, found.parent, h.t);
            if (!before.version) {
                throw new errors/* UserError */.y(`${h.t.file} held no version before ${found.commit.slice(0, 12)}; `
                    + 'expected a version to restore (input to, or --to)', h.t.file, h.line);
            }
            // Unchanged since the bad promotion: restore the earlier bytes exactly.
            const after = await versionAt(git, found.commit, h.t);
            restore.set(h.t, { version: before.version, text: after.text === h.text ? before.text : undefined });
        }
    }
    const violations = [];
    for (const v of new Set([...restore.values()].map((r) => r.version))) {
        const problem = (0,tag_policy/* checkTag */.B)(v, config.policy.tagPattern);
        if (problem)
            violations.push({ ...problem, app, message: `cannot roll back to ${v}: ${problem.message}` });
    }
    const files = new Map();
    const changes = [];
    if (!violations.length) {
        for (const h of here) {
            const r = restore.get(h.t);
            const text = files.get(h.t.file) ?? h.text;
            const next = r.text ?? (0,target_version/* setTargetVersion */.Qw)(text, h.t, h.imageName, r.version).text;
            if (next !== h.text)
                files.set(h.t.file, next);
            changes.push({ target: h.t, line: h.line, old: h.version, new: r.version });
        }
    }
    const good = [...new Set([...restore.values()].map((r) => r.version))];
    const bad = current.join(', ');
    // Regions may go back to different versions: say which, never just "mixed".
    const goodLabel = good.join(', ');
    const rollbackOf = found?.commit;
    const message = rollbackMessage({
        app, env: env.name, bad, good: goodLabel, rollbackOf, reason: req.reason,
        force: req.toVersion !== undefined ? req.force : undefined, by: req.actor, runUrl: req.runUrl,
        targets: changes.map((c) => ({ file: c.target.file, region: c.target.region, old: c.old, new: c.new })),
    });
    const facts = {
        app, env: env.name, version: goodLabel, previous: current, by: req.actor, runUrl: req.runUrl,
        targets: changes.map((c) => ({ file: c.target.file, region: c.target.region, old: c.old, new: c.new })),
    };
    const promotion = {
        app, env: env.name, version: goodLabel, previous: current, changes, files, message, facts,
        prBody: `Rolls **${app}** in **${env.name}** back from \`${bad}\` to \`${goodLabel}\``
            + `${rollbackOf ? ` (undoing ${rollbackOf.slice(0, 12)})` : ''}.`
            + `${req.reason ? `\n\n> ${req.reason.replace(/\n/g, ' ')}` : ''}`
            + `${req.runUrl ? `\n\n[Workflow run](${req.runUrl})` : ''}`,
    };
    return { promotions: violations.length ? [] : [promotion], violations, layout, rollbackOf };
}

;// CONCATENATED MODULE: ./.build/core/rollback/run-rollback.js


const cell = (s) => (s ?? '').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
function rollbackSummary(o, links = {}, diffs = [], reason) {
    const out = [];
    if (o.status === 'refused') {
        out.push('### ⛔ Rollback refused', '', ...o.plan.violations.map((v) => `- \`${v.rule}\`: ${cell(v.message)}`), '', 'Nothing was written.');
        return `${out.join('\n')}\n`;
    }
    for (const p of o.plan.promotions) {
        const verb = o.status === 'dry-run' ? 'Would roll back'
            : o.status === 'unchanged' || !p.files.size ? 'Already at'
                : o.status === 'pull-request' ? 'Proposed rollback of' : 'Rolled back';
        out.push(`### ↩️ ${verb} ${p.app} in ${p.env}: ${p.previous.join(', ')} → ${p.version}`, '');
        if (reason)
            out.push(`**Why:** ${cell(reason)}`, '');
        if (links.failedRunUrl)
            out.push(`Failed run: ${links.failedRunUrl}`, '');
        const undoes = o.plan.rollbackOf;
        if (undoes) {
            const undoesRef = links.commitUrl
                ? `[${undoes.slice(0, 12)}](${links.commitUrl(undoes)})`
                : `\`${undoes.slice(0, 12)}\``;
            out.push(`Undoes ${undoesRef}.`, '');
        }
        out.push('| file | region | from | to |', '| --- | --- | --- | --- |', ...p.changes.map((c) => `| ${cell(c.target.file)} | ${cell(c.target.region)} `
            + `| \`${cell(c.old ?? 'none')}\` | \`${cell(c.new)}\` |`), '');
    }
    for (const d of diffs)
        out.push('```diff', d.diff.trimEnd(), '```', '');
    if (o.commit && o.status === 'pushed') {
        const commitRef = links.commitUrl
            ? `[${o.commit.slice(0, 12)}](${links.commitUrl(o.commit)})`
            : `\`${o.commit.slice(0, 12)}\``;
        out.push(`Commit: ${commitRef}`);
    }
    for (const url of o.prUrls)
        out.push(`Pull request: ${url}`);
    if (o.status === 'unchanged')
        out.push('The targets already run that version: no commit was made.');
    return `${out.join('\n').trimEnd()}\n`;
}
async function runRollback(input) {
    let pinned;
    const r = await (0,run_promote/* runPromote */.E)({
        git: input.git, pullRequests: input.pullRequests, logger: input.logger, mode: input.mode, branch: input.branch,
        dryRun: input.dryRun, maxAttempts: input.maxAttempts, labels: [], autoMerge: false, links: input.links,
        sleep: input.sleep, backoffBaseMs: input.backoffBaseMs, tip: input.tip,
        // runPromote needs a PromoteRequest for its types; the rollback planner below is what plans.
        request: {
            apps: [input.request.app], to: input.request.env, now: new Date(), actor: input.request.actor,
            runUrl: input.request.runUrl, singleAppName: input.request.singleAppName,
        },
        planner: async (tip) => {
            const plan = await planRollback(input.git, tip, input.request, pinned);
            pinned ??= plan.rollbackOf;
            return plan;
        },
        headBranch: (app, env) => `gitops-promote/rollback/${app}/${env}`,
        summarize: (o, links, diffs) => rollbackSummary(o, { ...input.links, ...links }, diffs, input.request.reason),
    });
    const p = r.outcome.plan?.promotions[0];
    const wrote = r.outcome.status === 'pushed' || r.outcome.status === 'pull-request';
    return {
        ...r,
        outputs: {
            version: p?.version.replace(/, /g, ',') ?? '', 'rolled-back-from': p?.previous.join(',') ?? '',
            'commit-sha': wrote ? r.outcome.commit ?? '' : '',
            'pr-url': r.outcome.prUrls.join(','), changed: String(wrote && (p?.files.size ?? 0) > 0),
        },
    };
}

// EXTERNAL MODULE: ./.build/core/verbs/definition.js
var definition = __webpack_require__(3068);
// EXTERNAL MODULE: ./.build/core/verbs/option-source.js
var option_source = __webpack_require__(940);
// EXTERNAL MODULE: ./.build/core/verbs/resolve-delivery.js
var resolve_delivery = __webpack_require__(1778);
// EXTERNAL MODULE: ./.build/core/verbs/rollback.js
var rollback = __webpack_require__(9889);
// EXTERNAL MODULE: ./.build/adapters/promote-session.js + 1 modules
var promote_session = __webpack_require__(4622);
// EXTERNAL MODULE: ./.build/adapters/test-backoff.js
var test_backoff = __webpack_require__(9650);
// EXTERNAL MODULE: ./.build/cli/cli-logger.js
var cli_logger = __webpack_require__(9178);
// EXTERNAL MODULE: ./.build/cli/flag-source.js
var flag_source = __webpack_require__(2747);
// EXTERNAL MODULE: ./.build/cli/repo-options.js + 1 modules
var repo_options = __webpack_require__(1025);
;// CONCATENATED MODULE: ./.build/cli/rollback-command.js
// gitops-promote rollback: the rollback action's verb for a terminal. Flags are read as the action reads its
// inputs (src/core/verbs/resolve-delivery.ts); run inside a clone whose origin is the config repository.











async function runRollbackCommand(argv, out) {
    const { source } = (0,flag_source/* parseFlags */.b)(rollback/* ROLLBACK */.$, argv);
    const args = (0,resolve_delivery/* readRollbackArgs */.M5)(source);
    const flag = (name) => (0,definition/* optionOf */.XD)(rollback/* ROLLBACK */.$, name);
    const logger = (0,cli_logger/* cliLogger */.$)(out, (0,option_source/* readBool */.r5)(source, flag('verbose')));
    const { git, root } = await (0,repo_options/* cliGit */.DS)((0,option_source/* readText */.yR)(source, flag('repo')), logger, true);
    try {
        const branch = await (0,promote_session/* resolveBranch */.pd)(git, args.branch, {});
        const { tip, config } = await (0,branch_tip/* branchTip */.u)(git, branch, args.configPath);
        const { mode, maxAttempts } = (0,resolve_delivery/* settleDelivery */.Qk)(args, config);
        const result = await runRollback({
            git,
            backoffBaseMs: (0,test_backoff/* testBackoffBaseMs */.m)(), // tests only: see src/adapters/test-backoff.ts
            pullRequests: (0,repo_options/* cliPullRequests */.GE)(git, logger),
            logger,
            request: {
                app: args.app, env: args.env, toVersion: args.toVersion, toCommit: args.toCommit, region: args.region,
                reason: args.reason, force: args.force, actor: await (0,repo_options/* actorName */.ti)(git), singleAppName: (0,repo_options/* singleAppName */.F7)(root),
                configPath: args.configPath,
            },
            mode, branch, tip, dryRun: args.dryRun, maxAttempts,
        });
        const { outcome, outputs, summary } = result;
        const json = JSON.stringify({ status: outcome.status, ...outputs, violations: outcome.plan.violations });
        out.stdout((0,option_source/* readBool */.r5)(source, flag('json')) ? json : summary.trimEnd());
        return result.exitCode;
    }
    finally {
        await git.dispose();
    }
}


/***/ }),

/***/ 7293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ PROMOTION_GREP),
/* harmony export */   U: () => (/* binding */ promotionRecords)
/* harmony export */ });
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5803);

/** Commits that carry promotion or rollback trailers, newest first. */
function promotionRecords(commits) {
    const out = [];
    for (const c of commits) {
        const t = (0,_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTrailers */ .aw)(c.message);
        const app = t.get('Promoted-App') ?? t.get('Rollback-App');
        const env = t.get('Promoted-Env') ?? t.get('Rollback-Env');
        const rollbackOf = t.get('Rollback-Of');
        const version = rollbackOf ? t.get('Restored-Version') : t.get('Promoted-Version');
        if (!app || !env || !version)
            continue;
        out.push({
            sha: c.sha, kind: rollbackOf ? 'rollback' : 'promotion', app, env, version,
            previous: rollbackOf ? t.get('Rolled-Back-Version') : t.get('Previous-Version'),
            from: t.get('Promoted-From'), by: t.get('Promoted-By') ?? c.authorName, run: t.get('Workflow-Run'), date: c.committerDate,
            gateSkipped: t.get('Gate-Skipped'), freezeOverride: t.get('Freeze-Override'), rollbackOf, reason: t.get('Reason'),
        });
    }
    return out;
}
/** The grep that finds those commits cheaply (git filters before we parse). */
const PROMOTION_GREP = '^(Promoted-App|Rollback-App): ';


/***/ })

};
