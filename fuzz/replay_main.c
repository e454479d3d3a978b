/*
 * Replay driver: runs the fuzz harness over given files and directories
 * without libFuzzer, so CI can check the regression inputs with only ASan
 * and UBSan. Any sanitizer report or broken invariant ends the process with
 * a non-zero status; a clean run prints how many inputs it ran.
 *
 *   ops_decode_replay [-p] FILE|DIR...
 *
 * -p writes each document the harness decodes to stdout, which turns a
 * structured-mode input (binary) into the XML it stands for.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern FILE *wo_fuzz_dump;

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t len = 0, cap = 0, n;

	if (!f) {
		perror(path);
		return -1;
	}
	do {
		if (cap - len < 65536) {
			cap = cap ? cap * 2 : 65536;
			uint8_t *p = realloc(data, cap);
			if (!p) {
				fprintf(stderr, "%s: out of memory\n", path);
				free(data);
				fclose(f);
				return -1;
			}
			data = p;
		}
		n = fread(data + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);

	fprintf(stderr, "replay: %s (%zu bytes)\n", path, len);
	/* An exact-size copy, as libFuzzer gives, so ASan sees any over-read. */
	uint8_t *exact = malloc(len ? len : 1);
	if (!exact) {
		free(data);
		return -1;
	}
	memcpy(exact, data, len);
	free(data);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	return 0;
}

static int run_path(const char *path, int *count)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		(*count)++;
		return run_file(path);
	}
	/* Sorted, so that a CI log lists inputs in the same order every time. */
	struct dirent **names;
	int n = scandir(path, &names, NULL, alphasort);
	if (n < 0) {
		perror(path);
		return -1;
	}
	int rc = 0;
	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		if (name[0] != '.') {
			size_t need = strlen(path) + strlen(name) + 2;
			char *child = malloc(need);
			if (!child) {
				rc = -1;
			} else {
				snprintf(child, need, "%s/%s", path, name);
				if (run_path(child, count) != 0) {
					rc = -1;
				}
				free(child);
			}
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	int count = 0, rc = 0, first = 1;

	if (argc > 1 && strcmp(argv[1], "-p") == 0) {
		wo_fuzz_dump = stdout;
		first = 2;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: %s [-p] FILE|DIR...\n", argv[0]);
		return 2;
	}
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = first; i < argc; i++) {
		if (run_path(argv[i], &count) != 0) {
			rc = 1;
		}
	}
	fprintf(stderr, "replay: %d input(s) ran%s\n", count, rc ? ", some could not be read" : "");
	return rc;
}
