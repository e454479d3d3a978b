dnl config.m4 for the whmcs_opensrs extension

PHP_ARG_ENABLE([whmcs-opensrs],
  [whether to enable whmcs_opensrs support],
  [AS_HELP_STRING([--enable-whmcs-opensrs],
    [Enable the WHMCS and OpenSRS API client])],
  [yes])

if test "$PHP_WHMCS_OPENSRS" != "no"; then
  dnl libcurl does the HTTP; the version gives CURLOPT_PROTOCOLS_STR's predecessor
  dnl and CURLOPT_HTTP09_ALLOWED (7.64.0).
  PKG_CHECK_MODULES([CURL], [libcurl >= 7.64.0])
  PHP_EVAL_INCLINE($CURL_CFLAGS)
  PHP_EVAL_LIBLINE($CURL_LIBS, WHMCS_OPENSRS_SHARED_LIBADD)

  dnl libxml2 is the one ext/libxml links: same library, same version.
  PHP_SETUP_LIBXML(WHMCS_OPENSRS_SHARED_LIBADD)

  WHMCS_OPENSRS_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -Wall -Wextra"

  PHP_NEW_EXTENSION(whmcs_opensrs,
    ext/whmcs_opensrs.c \
    ext/exceptions.c \
    ext/options.c \
    ext/registrar.c \
    ext/transport.c \
    ext/many.c \
    ext/breaker.c \
    ext/breaker_php.c \
    ext/own.c \
    ext/http.c \
    ext/http_multi.c \
    ext/http_idle.c \
    ext/md5.c \
    ext/signature.c \
    ext/ops_text.c \
    ext/ops_decode.c \
    ext/ops_encode.c \
    ext/ops_php.c \
    ext/opensrs.c \
    ext/form.c \
    ext/form_php.c \
    ext/excerpt.c \
    ext/mask.c \
    ext/secrets.c \
    ext/modlog.c \
    ext/whmcs.c,
    $ext_shared,, $WHMCS_OPENSRS_CFLAGS)

  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_EXTENSION_DEP(whmcs_opensrs, libxml)
  PHP_ADD_EXTENSION_DEP(whmcs_opensrs, json)
  PHP_SUBST(WHMCS_OPENSRS_SHARED_LIBADD)
fi
