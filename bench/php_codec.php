<?php
/*
 * A pure-PHP OPS codec written the way a careful PHP developer would: DOM
 * to decode, XMLWriter to encode. It is the baseline the extension's codec
 * is measured against, and it follows the same rules (dt_array in key
 * order, text kept exactly, UTF-8 untouched).
 */
declare(strict_types=1);

final class PhpOpsCodec
{
    public static function encode(mixed $data): string
    {
        $w = new XMLWriter();
        $w->openMemory();
        $w->startDocument('1.0', 'UTF-8', 'no');
        $w->writeDtd('OPS_envelope', null, 'ops.dtd');
        $w->startElement('OPS_envelope');
        $w->startElement('header');
        $w->writeElement('version', '0.9');
        $w->endElement();
        $w->startElement('body');
        $w->startElement('data_block');
        if (is_array($data)) {
            self::writeArray($w, $data);
        } else {
            $w->writeElement('dt_scalar', self::scalar($data));
        }
        $w->endElement();
        $w->endElement();
        $w->endElement();
        $w->endDocument();
        return $w->outputMemory();
    }

    private static function scalar(mixed $v): string
    {
        return match (true) {
            $v === true => '1',
            $v === false => '0',
            $v === null => '',
            default => (string) $v,
        };
    }

    private static function writeArray(XMLWriter $w, array $a): void
    {
        $w->startElement($a !== [] && array_is_list($a) ? 'dt_array' : 'dt_assoc');
        foreach ($a as $key => $value) {
            $w->startElement('item');
            $w->writeAttribute('key', (string) $key);
            if (is_array($value)) {
                self::writeArray($w, $value);
            } else {
                $w->text(self::scalar($value));
            }
            $w->endElement();
        }
        $w->endElement();
    }

    public static function decode(string $xml): mixed
    {
        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NONET | LIBXML_COMPACT)) {
            throw new RuntimeException('malformed OPS message');
        }
        $root = $doc->documentElement;
        if ($root === null || $root->nodeName !== 'OPS_envelope') {
            throw new RuntimeException('not an OPS envelope');
        }
        foreach ($root->getElementsByTagName('data_block') as $block) {
            foreach ($block->childNodes as $child) {
                if ($child instanceof DOMElement) {
                    return self::value($child);
                }
            }
        }
        throw new RuntimeException('no data_block');
    }

    private static function value(DOMElement $e): mixed
    {
        switch ($e->nodeName) {
            case 'dt_scalar':
            case 'dt_scalarref':
                return $e->textContent;
            case 'dt_assoc':
            case 'dt_array':
                $out = [];
                foreach ($e->childNodes as $item) {
                    if ($item instanceof DOMElement && $item->nodeName === 'item') {
                        $out[$item->getAttribute('key')] = self::itemValue($item);
                    }
                }
                if ($e->nodeName === 'dt_array') {
                    ksort($out, SORT_NUMERIC);
                }
                return $out;
        }
        throw new RuntimeException("unknown element {$e->nodeName}");
    }

    private static function itemValue(DOMElement $item): mixed
    {
        foreach ($item->childNodes as $child) {
            if ($child instanceof DOMElement) {
                return self::value($child);
            }
        }
        return $item->textContent;
    }
}
