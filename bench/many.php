<?php
/*
 * The many-calls benchmark (run by bench/many.sh): N OpenSRS commands
 * against a server that answers each one DELAY ms after it arrived, made
 *
 *   sequential    one WhmcsOpensrs\opensrs_request() after another;
 *   many c=4/c=8  one WhmcsOpensrs\opensrs_request_many(), concurrency 4, 8;
 *   userland c=8  what a careful PHP developer writes without the extension:
 *                 ext/curl's multi interface with at most 8 in flight,
 *                 handles and connections reused from batch to batch, the
 *                 request built and the reply read with DOM;
 *
 * in rounds (A, B, C, D, A, B, ...) so that a machine that drifts over
 * minutes weighs on every variant alike; each round's ratios come from that
 * round alone. Measured per variant: wall time, and CPU time (user +
 * system) of this process per call, as the scheduler counts it.
 *
 *   php many.php URL CALLS DELAY_MS ROUNDS OUT.md
 */
declare(strict_types=1);

use function WhmcsOpensrs\opensrs_request;
use function WhmcsOpensrs\opensrs_request_many;

[, $url, $calls, $delayMs, $rounds, $out] = $argv + [null, null, 50, 100, 7, 'many.md'];
$calls = (int) $calls;
$delayMs = (int) $delayMs;
$rounds = (int) $rounds;
const RESELLER = 'bench_reseller';
const KEY = 'bench-key-0123456789abcdef';
$options = ['endpoint' => $url, 'reseller_username' => RESELLER, 'api_key' => KEY, 'timeout' => 30];

/* The commands: "get subuser" of N domains. */
$commands = [];
for ($i = 0; $i < $calls; $i++) {
    $domain = "example$i.com";
    $commands["d$i"] = ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => $domain],
                        'extra' => ['domain' => $domain, 'username' => 'domainowner']];
}

/* ---- the userland alternative -------------------------------------------- */

function dom_value(DOMDocument $doc, DOMNode $parent, mixed $value): void
{
    if (is_array($value)) {
        $list = $value !== [] && array_is_list($value);
        $container = $parent->appendChild($doc->createElement($list ? 'dt_array' : 'dt_assoc'));
        foreach ($value as $key => $item) {
            $element = $container->appendChild($doc->createElement('item'));
            $element->setAttribute('key', (string) $key);
            dom_value($doc, $element, $item);
        }
    } else {
        $parent->appendChild($doc->createTextNode((string) $value));
    }
}

function dom_request(array $data): string
{
    $doc = new DOMDocument('1.0', 'UTF-8');
    $root = $doc->appendChild($doc->createElement('OPS_envelope'));
    $header = $root->appendChild($doc->createElement('header'));
    $header->appendChild($doc->createElement('version', '0.9'));
    $block = $root->appendChild($doc->createElement('body'))->appendChild($doc->createElement('data_block'));
    dom_value($doc, $block, $data);
    return $doc->saveXML();
}

function dom_read(DOMElement $node): string|array
{
    if ($node->nodeName === 'dt_assoc' || $node->nodeName === 'dt_array') {
        $value = [];
        foreach ($node->childNodes as $item) {
            if ($item instanceof DOMElement && $item->nodeName === 'item') {
                $child = null;
                foreach ($item->childNodes as $c) {
                    if ($c instanceof DOMElement) {
                        $child = $c;
                        break;
                    }
                }
                $value[$item->getAttribute('key')] = $child ? dom_read($child) : $item->textContent;
            }
        }
        return $value;
    }
    return $node->textContent;
}

function dom_reply(string $xml): array
{
    $doc = new DOMDocument();
    if (!$doc->loadXML($xml, LIBXML_NONET)) {
        throw new RuntimeException('malformed reply');
    }
    $block = (new DOMXPath($doc))->query('/OPS_envelope/body/data_block/*')->item(0);
    $reply = $block instanceof DOMElement ? dom_read($block) : null;
    if (!is_array($reply) || ($reply['is_success'] ?? '0') !== '1') {
        throw new RuntimeException('OpenSRS error ' . ($reply['response_code'] ?? '?'));
    }
    return $reply;
}

/* ext/curl multi, at most $concurrency in flight; the multi handle and the
 * easy handles are kept from call to call, as a long-running job keeps them. */
function userland_many(array $commands, string $url, int $concurrency): array
{
    static $multi = null, $idle = [];
    $multi ??= curl_multi_init();
    $queue = $commands;
    $running = [];
    $answers = array_fill_keys(array_keys($commands), null);
    while ($queue || $running) {
        while ($queue && count($running) < $concurrency) {
            $key = array_key_first($queue);
            $command = $queue[$key];
            unset($queue[$key]);
            $xml = dom_request(['protocol' => 'XCP', 'action' => $command['action'], 'object' => $command['object']]
                + $command['extra'] + ['attributes' => $command['attributes']]);
            $handle = array_pop($idle) ?? curl_init();
            curl_setopt_array($handle, [
                CURLOPT_URL => $url, CURLOPT_POST => true, CURLOPT_POSTFIELDS => $xml, CURLOPT_RETURNTRANSFER => true,
                CURLOPT_TIMEOUT => 30, CURLOPT_HTTPHEADER => ['Content-Type: text/xml', 'X-Username: ' . RESELLER,
                    'X-Signature: ' . md5(md5($xml . KEY) . KEY)],
            ]);
            curl_multi_add_handle($multi, $handle);
            $running[(int) $handle] = [$key, $handle];
        }
        curl_multi_exec($multi, $active);
        $ended = 0;
        while ($info = curl_multi_info_read($multi)) {
            $ended++;
            [$key, $handle] = $running[(int) $info['handle']];
            unset($running[(int) $info['handle']]);
            $answers[$key] = $info['result'] === CURLE_OK
                ? dom_reply((string) curl_multi_getcontent($handle)) : new RuntimeException(curl_error($handle));
            curl_multi_remove_handle($multi, $handle);
            $idle[] = $handle;
        }
        /* A finished transfer frees a place: fill it before waiting. */
        if ($running && !$ended) {
            curl_multi_select($multi, 1.0);
        }
    }
    return $answers;
}

/* ---- the rounds ------------------------------------------------------------ */

$variants = [
    'sequential' => fn () => array_map(fn ($c) => opensrs_request($c['action'], $c['object'], $c['attributes'],
        $c['extra'], $options), $commands),
    'many c=4' => fn () => opensrs_request_many($commands, ['concurrency' => 4] + $options),
    'many c=8' => fn () => opensrs_request_many($commands, ['concurrency' => 8] + $options),
    'userland c=8' => fn () => userland_many($commands, $url, 8),
];
$ideal = ['sequential' => $calls, 'many c=4' => (int) ceil($calls / 4), 'many c=8' => (int) ceil($calls / 8),
          'userland c=8' => (int) ceil($calls / 8)];

/* CPU time of this process so far: the scheduler's own count in
 * nanoseconds where Linux gives it (getrusage() is sampled at the timer
 * tick, too coarse for calls that spend 100 ms waiting), else getrusage(). */
function cpu_seconds(): float
{
    $stat = @file_get_contents('/proc/self/schedstat');
    if ($stat !== false && preg_match('/^(\d+)/', $stat, $m)) {
        return (int) $m[1] / 1e9;
    }
    $u = getrusage();
    return $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6;
}

function check(string $name, array $answers, int $calls): void
{
    $ok = count(array_filter($answers, fn ($a) => is_array($a) && ($a['response_code'] ?? '') === '200'));
    if ($ok !== $calls) {
        fwrite(STDERR, "$name: $ok of $calls answers are right\n");
        exit(1);
    }
}

/* Untimed: connections opened, code warm. */
foreach ($variants as $name => $run) {
    check($name, $run(), $calls);
}

$wall = $cpu = [];
$lines = [];
for ($r = 1; $r <= $rounds; $r++) {
    $row = [];
    foreach ($variants as $name => $run) {
        $c0 = cpu_seconds();
        $t0 = hrtime(true);
        $answers = $run();
        $wall[$name][$r] = (hrtime(true) - $t0) / 1e6;
        $cpu[$name][$r] = (cpu_seconds() - $c0) * 1e6 / $calls;
        check($name, $answers, $calls);
    }
    $lines[] = sprintf('| %d | %.0f | %.0f | %.0f | %.0f | %.2fx | %.2fx | %.2fx | %.2fx |', $r,
        $wall['sequential'][$r], $wall['many c=4'][$r], $wall['many c=8'][$r], $wall['userland c=8'][$r],
        $wall['many c=4'][$r] / ($ideal['many c=4'] * $delayMs), $wall['many c=8'][$r] / ($ideal['many c=8'] * $delayMs),
        $wall['userland c=8'][$r] / $wall['many c=8'][$r], $cpu['many c=8'][$r] / $cpu['sequential'][$r]);
}

function median(array $values): float
{
    sort($values);
    $n = count($values);
    return $n % 2 ? $values[intdiv($n, 2)] : ($values[$n / 2 - 1] + $values[$n / 2]) / 2;
}

$md = [];
$md[] = sprintf('### %d OpenSRS commands, each answered after %d ms (medians of %d interleaved rounds)', $calls, $delayMs, $rounds);
$md[] = '';
$md[] = '| variant | wall (ms) | ideal (ms) | wall / ideal | CPU per call (µs) | CPU per call / sequential |';
$md[] = '|---|---|---|---|---|---|';
foreach ($variants as $name => $run) {
    $w = median($wall[$name]);
    $c = median($cpu[$name]);
    $md[] = sprintf('| %s | %.0f | %d | %.2fx | %.0f | %.2fx |', $name, $w, $ideal[$name] * $delayMs,
        $w / ($ideal[$name] * $delayMs), $c, $c / median($cpu['sequential']));
}
$md[] = '';
$md[] = 'Per round (wall ms; ratios within the round):';
$md[] = '';
$md[] = '| round | sequential | many c=4 | many c=8 | userland c=8 | c=4 / ideal | c=8 / ideal | userland / c=8 | CPU per call c=8 / sequential |';
$md[] = '|---|---|---|---|---|---|---|---|---|';
array_push($md, ...$lines);
$md[] = '';
$c8 = array_map(fn ($r) => $wall['many c=8'][$r] / ($ideal['many c=8'] * $delayMs), range(1, $rounds));
$cpuRatio = array_map(fn ($r) => $cpu['many c=8'][$r] / $cpu['sequential'][$r], range(1, $rounds));
$md[] = sprintf('Target: many c=8 within 1.25x of the ideal: %.2fx (median; worst round %.2fx) — %s. '
    . 'CPU per call of many c=8 no more than a single call\'s: %.2fx (median) — %s.',
    median($c8), max($c8), median($c8) <= 1.25 ? 'holds' : '**missed**',
    median($cpuRatio), median($cpuRatio) <= 1.0 ? 'holds' : '**missed**');
$text = implode("\n", $md) . "\n";
file_put_contents($out, $text);
echo $text;
