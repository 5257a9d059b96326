"""Django settings: run on zero environment variables, read every override through verifier.env."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from kombu import Exchange, Queue

from verifier.env import env_bool, env_int, env_list, env_str, env_url
from verifier.routing import queues_for, routes_for
from verifier.safety import refuse_unsafe_start

BASE_DIR = Path(__file__).resolve().parent.parent
# The zero-configuration defaults (SQLite file, broker folder, collected static files) live here.
# Importing the settings writes nothing: `manage.py prepare_folders` creates the folders.
VAR_DIR = Path(env_str("VERIFIER_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    # Swagger UI and Redoc served from our own static files: /api/docs/ works offline.
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "claims",
    "workers",
]

MIDDLEWARE = [
    # First: GET /healthz answers load balancers before host checks and the HTTPS redirect.
    "verifier.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: the language comes from the cookie, then Accept-Language.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A signed-in person's saved language wins over the browser's (claims/i18n.py).
    "claims.i18n.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A lost database connection in a view becomes a 503 page instead of a 500.
    "verifier.middleware.DatabaseUnavailableMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "verifier.urls"
WSGI_APPLICATION = "verifier.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Project templates first: they override the admin's own (base_site.html).
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASE_URL = env_url(
    "DATABASE_URL",
    f"sqlite:///{VAR_DIR / 'verifier.sqlite3'}",
    schemes=("sqlite", "postgres", "postgresql", "pgsql"),
)
try:
    # Health checks: a connection kept between requests is tested before reuse, so a restarted
    # database costs one reconnect instead of one failed request per worker.
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is malformed: {exc}") from None
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite is the zero-configuration demo database: a worker and the web process share it,
    # so wait for the write lock instead of failing at once.
    # IMMEDIATE transactions take the write lock up front, so concurrent writers wait for it
    # (up to `timeout`) instead of failing with "database is locked" on a read-to-write upgrade;
    # WAL lets the web process read while a worker writes.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# DEBUG on against PostgreSQL or with public hosts, or a `*` host, stop start-up (see
# verifier.safety), and so do time limits in the wrong order in a worker (verifier.checks), unless
# forced: tests and local experiments only.
VERIFIER_FORCE_UNSAFE_START = env_bool("VERIFIER_FORCE_UNSAFE_START", default=False)
if not VERIFIER_FORCE_UNSAFE_START:
    refuse_unsafe_start(
        debug=DEBUG, engine=DATABASES["default"]["ENGINE"], allowed_hosts=ALLOWED_HOSTS
    )

# --- Auth, i18n, static ---------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Repeated failed logins to the admin lock that username and address out for a while.
AXES_FAILURE_LIMIT = env_int("VERIFIER_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("VERIFIER_LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# django-axes announces itself on every start of every process; only when debugging is asked for.
AXES_VERBOSE = env_str("VERIFIER_LOG_LEVEL", "INFO").upper() == "DEBUG"
# The newsroom and its seed article are French: French unless the person or the browser says
# otherwise (the tests pin English, see tests/conftest.py).
LANGUAGE_CODE = env_str("VERIFIER_LANGUAGE", "fr")
LANGUAGES = [("fr", "Français"), ("en", "English")]
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(f"VERIFIER_LANGUAGE must be one of {', '.join(dict(LANGUAGES))}.")
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = Path(env_str("VERIFIER_MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
LOGIN_URL = "admin:login"

# --- REST API ---------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: its WWW-Authenticate header is what makes anonymous requests a 401, not 403.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.NewsroomPermission"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "claims.api.filters.BoundedSearchFilter",
        "claims.api.filters.StrictOrderingFilter",
    ],
    # JSON bodies get the same size cap as form bodies (DRF's own JSON parser has none).
    "DEFAULT_PARSER_CLASSES": [
        "claims.api.parsers.CappedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("VERIFIER_THROTTLE_ANON", "60/minute"),
        "user": env_str("VERIFIER_THROTTLE_USER", "2000/minute"),
    },
}
# Request bodies are capped (a 5 MB article still fits); larger ones are refused with 413/400.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("VERIFIER_MAX_REQUEST_BYTES", 8 * 1024 * 1024, minimum=1024)
# Deeper JSON bodies get a 400 (the JSON decoder would hit the recursion limit near 1000).
VERIFIER_JSON_MAX_DEPTH = env_int("VERIFIER_JSON_MAX_DEPTH", 32, minimum=2)
# `?search=` beyond these gets a 400 (each term adds an OR of LIKEs over every search field).
VERIFIER_SEARCH_MAX_LENGTH = env_int("VERIFIER_SEARCH_MAX_LENGTH", 200, minimum=10)
VERIFIER_SEARCH_MAX_TERMS = env_int("VERIFIER_SEARCH_MAX_TERMS", 10, minimum=1)
# Sources one claim may cite (API, admin, seed): 10,000 once held the write lock for 27 s.
VERIFIER_MAX_SOURCES_PER_CLAIM = env_int("VERIFIER_MAX_SOURCES_PER_CLAIM", 50, minimum=1)
# An article's text, pasted in the admin or posted to the API, in characters.
VERIFIER_ARTICLE_MAX_CHARS = env_int("VERIFIER_ARTICLE_MAX_CHARS", 2_000_000, minimum=1000)
# Longer articles get their claims found by a background job (202 in the API), not in the request.
VERIFIER_EXTRACT_INLINE_MAX_CHARS = env_int("VERIFIER_EXTRACT_INLINE_MAX_CHARS", 50_000, minimum=0)
VERIFIER_API_DOCS_PUBLIC = env_bool("VERIFIER_API_DOCS_PUBLIC", default=False)
SPECTACULAR_SETTINGS = {
    "TITLE": "verifier API",
    "DESCRIPTION": "Claims, sources, evidence and verification jobs for newsroom reviewers.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # /api/schema/ and /api/docs/ map every endpoint: signed-in users only, unless
    # VERIFIER_API_DOCS_PUBLIC is on (read at each request by the permission).
    "SERVE_PERMISSIONS": ["verifier.api_docs.ApiDocsPermission"],
    # The documentation pages load their scripts from this app, never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No badge from validator.swagger.io: the page must not call another origin.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.document_query_errors",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "VerdictEnum": "claims.models.Verdict",
        "JobStatusEnum": "claims.models.JobStatus",
        "ClaimKindEnum": "claims.models.ClaimKind",
        "SourceKindEnum": "claims.models.SourceKind",
        "StanceEnum": "claims.models.Stance",
    },
}

# --- Celery -----------------------------------------------------------------------------------
CELERY_BROKER_URL = env_url(
    "CELERY_BROKER_URL",
    "filesystem://",
    schemes=("filesystem", "redis", "rediss", "amqp", "pyamqp"),
)
if CELERY_BROKER_URL.startswith("filesystem://"):
    # kombu's filesystem transport: one folder shared by every process, no server needed.
    # kombu does not create its folders: `manage.py prepare_folders` does (bin/demo runs it).
    _broker_dir = VAR_DIR / "broker"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        # Broadcast (pidbox) exchanges; left unset, kombu writes them to the working directory.
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # A message that is not acknowledged within this window is handed to another worker;
        # it must exceed the hard time limit, or long tasks would run twice.
        "visibility_timeout": env_int("VERIFIER_BROKER_VISIBILITY_TIMEOUT", 3600, minimum=1),
    }
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# The VerificationJob row is the result of record; Celery's result backend would be a second,
# weaker copy of the same state.
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
# Verification is idempotent (evidence is unique per claim/content/excerpt), so a task may be
# re-delivered when a worker dies mid-job instead of being lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A job fetches a handful of sources, each capped by the fetcher's own deadline; these limits
# only stop a runaway job. The sweeper fails or re-queues jobs that outlive the hard limit.
CELERY_TASK_SOFT_TIME_LIMIT = env_int("VERIFIER_TASK_SOFT_TIME_LIMIT", 240, minimum=1)
CELERY_TASK_TIME_LIMIT = env_int("VERIFIER_TASK_TIME_LIMIT", 300, minimum=2)
CELERY_TASK_DEFAULT_QUEUE = env_str("VERIFIER_QUEUE", "verifier")
# Fetching (I/O) and analysis (CPU) each have their own queue: verifier.fetch, verifier.analyse.
CELERY_TASK_ROUTES = routes_for(CELERY_TASK_DEFAULT_QUEUE)
# Declared, so a plain `celery worker` (no -Q) consumes every kind; bin/worker narrows it.
CELERY_TASK_QUEUES = [
    Queue(name, Exchange(name), routing_key=name) for name in queues_for(CELERY_TASK_DEFAULT_QUEUE)
]
# Worker liveness (workers/liveness.py): each worker renews a row in the database every
# HEARTBEAT_EVERY seconds; one silent for HEARTBEAT_TTL is dead, and the sweeper, every
# SWEEP_EVERY seconds, re-queues its jobs at once. Worst case from a crash to the re-queue:
# TTL + SWEEP_EVERY (30 s by default), far below the hard limit, which now only stops runaways.
VERIFIER_WORKER_HEARTBEAT_EVERY = env_int("VERIFIER_WORKER_HEARTBEAT_EVERY", 5, minimum=1)
VERIFIER_WORKER_HEARTBEAT_TTL = env_int("VERIFIER_WORKER_HEARTBEAT_TTL", 15, minimum=2)
if VERIFIER_WORKER_HEARTBEAT_TTL < 2 * VERIFIER_WORKER_HEARTBEAT_EVERY:
    raise ImproperlyConfigured(
        "VERIFIER_WORKER_HEARTBEAT_TTL must be at least twice VERIFIER_WORKER_HEARTBEAT_EVERY, "
        "or one late beat would declare a live worker dead."
    )
VERIFIER_SWEEP_EVERY = env_int("VERIFIER_SWEEP_EVERY", 15, minimum=1)
CELERY_BEAT_SCHEDULE = {
    "sweep-verification-jobs": {
        "task": "workers.tasks.sweep_jobs",
        "schedule": VERIFIER_SWEEP_EVERY,
        # Sweeps queued while no fetch worker was up are stale: the next one does their work.
        "options": {"expires": VERIFIER_SWEEP_EVERY},
    },
}

# --- Verification ---------------------------------------------------------------------------
# The only switch that lets the fetcher reach loopback and private networks: tests and demos.
VERIFIER_FETCH_ALLOW_PRIVATE = env_bool("VERIFIER_FETCH_ALLOW_PRIVATE", default=False)
VERIFIER_FETCH_MAX_BYTES = env_int("VERIFIER_FETCH_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
VERIFIER_FETCH_TIMEOUT = env_int("VERIFIER_FETCH_TIMEOUT", 10, minimum=1)
VERIFIER_FETCH_DEADLINE = env_int("VERIFIER_FETCH_DEADLINE", 30, minimum=1)
# The whole fetch stage of one job: sources not reached by then are recorded as `timeout` and
# the job goes on with what it has. Enforced by the stage itself, since thread-pool workers get
# no time limits from Celery; it must end well before the soft limit of a prefork worker.
VERIFIER_JOB_FETCH_DEADLINE = env_int("VERIFIER_JOB_FETCH_DEADLINE", 120, minimum=1)
if VERIFIER_JOB_FETCH_DEADLINE >= CELERY_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured(
        "VERIFIER_JOB_FETCH_DEADLINE must be below VERIFIER_TASK_SOFT_TIME_LIMIT, so a fetch "
        "stage hands over what it has before Celery stops it."
    )
VERIFIER_FETCH_USER_AGENT = env_str(
    "VERIFIER_FETCH_USER_AGENT",
    "verifier/0.1 (newsroom claim verification; +https://example.org/bot)",
)
# Redis for state shared by all workers (per-host politeness, throttling); empty = per process.
VERIFIER_REDIS_URL = env_str("VERIFIER_REDIS_URL", "")
if VERIFIER_REDIS_URL:
    env_url("VERIFIER_REDIS_URL", "", schemes=("redis", "rediss"))
VERIFIER_FETCH_HOST_CONCURRENCY = env_int("VERIFIER_FETCH_HOST_CONCURRENCY", 4, minimum=1)
VERIFIER_FETCH_HOST_DELAY_MS = env_int("VERIFIER_FETCH_HOST_DELAY_MS", 0, minimum=0)
# A host's request slot is a lease of this many seconds, renewed while the request runs: a
# killed worker's slots free themselves within it, a long download keeps its own.
VERIFIER_FETCH_SLOT_LEASE = env_int("VERIFIER_FETCH_SLOT_LEASE", 15, minimum=3)
VERIFIER_FETCH_OBEY_ROBOTS = env_bool("VERIFIER_FETCH_OBEY_ROBOTS", default=False)
VERIFIER_JOB_MAX_ATTEMPTS = env_int("VERIFIER_JOB_MAX_ATTEMPTS", 5, minimum=1)
VERIFIER_RETRY_BACKOFF_BASE = env_int("VERIFIER_RETRY_BACKOFF_BASE", 2, minimum=0)
VERIFIER_RETRY_BACKOFF_MAX = env_int("VERIFIER_RETRY_BACKOFF_MAX", 300, minimum=1)
# A pending job whose message has not been picked up for this long is sent again by the sweeper.
VERIFIER_JOB_RESEND_AFTER = env_int("VERIFIER_JOB_RESEND_AFTER", 120, minimum=1)
VERIFIER_NEWSROOM_NAME = env_str("VERIFIER_NEWSROOM_NAME", "Verifier Newsroom")
VERIFIER_NEWSROOM_URL = env_str("VERIFIER_NEWSROOM_URL", "https://example.org/")

# Throttling and login lockouts count in the cache: Redis shares the counts across processes.
if VERIFIER_REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": VERIFIER_REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Production hardening (python manage.py check --deploy is clean with DEBUG off) -------------
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env_bool("DJANGO_BEHIND_TLS_PROXY", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("VERIFIER_LOG_LEVEL", "INFO")},
}

# --- Editorial screens and exports (issue 7) ----------------------------------------------------
# Where the newsroom publishes each fact-check, as the `url` of its ClaimReview: {claim_id} and
# {article_id} are filled in. Empty: the ClaimReview's url is its own API address.
VERIFIER_CLAIMREVIEW_URL_TEMPLATE = env_str("VERIFIER_CLAIMREVIEW_URL_TEMPLATE", "")
if VERIFIER_CLAIMREVIEW_URL_TEMPLATE:
    env_url("VERIFIER_CLAIMREVIEW_URL_TEMPLATE", "", schemes=("http", "https"))
    if "{claim_id}" not in VERIFIER_CLAIMREVIEW_URL_TEMPLATE:
        raise ImproperlyConfigured(
            "VERIFIER_CLAIMREVIEW_URL_TEMPLATE must contain {claim_id}, e.g. "
            "https://example.org/fact-checks/{claim_id}/"
        )

# --- Link rot, archive fallback and discovery providers (issue 5) ------------------------------
# Claims closed (any status but unverified/in review) are re-checked once this many days have
# passed since their status was last set; open claims are re-checked on every run.
VERIFIER_RECHECK_CLOSED_AFTER_DAYS = env_int("VERIFIER_RECHECK_CLOSED_AFTER_DAYS", 30, minimum=0)
VERIFIER_RECHECK_EVERY = env_int("VERIFIER_RECHECK_EVERY", 86_400, minimum=60)
CELERY_BEAT_SCHEDULE["recheck-sources"] = {
    "task": "workers.tasks.recheck_sources",
    "schedule": VERIFIER_RECHECK_EVERY,
}
# Dotted paths of the enabled providers, comma-separated in the environment. None by default:
# the demo and the tests never reach the internet. The three shipped ones:
#   workers.providers.wayback.WaybackProvider      (also enables the archive fallback)
#   workers.providers.factcheck.FactCheckProvider  (needs VERIFIER_FACTCHECK_API_KEY)
#   workers.providers.mediawiki.MediaWikiProvider
VERIFIER_PROVIDERS = env_list("VERIFIER_PROVIDERS", [])
VERIFIER_PROVIDER_MAX_RESULTS = env_int("VERIFIER_PROVIDER_MAX_RESULTS", 10, minimum=1)
VERIFIER_WAYBACK_API_BASE = env_url(
    "VERIFIER_WAYBACK_API_BASE", "https://archive.org", schemes=("http", "https")
)
VERIFIER_WAYBACK_SAVE_BASE = env_url(
    "VERIFIER_WAYBACK_SAVE_BASE", "https://web.archive.org", schemes=("http", "https")
)
# Save Page Now asks the Internet Archive to capture each cited page when discovery runs.
VERIFIER_WAYBACK_SAVE = env_bool("VERIFIER_WAYBACK_SAVE", default=False)
VERIFIER_FACTCHECK_API_BASE = env_url(
    "VERIFIER_FACTCHECK_API_BASE",
    "https://factchecktools.googleapis.com",
    schemes=("http", "https"),
)
VERIFIER_FACTCHECK_API_KEY = env_str("VERIFIER_FACTCHECK_API_KEY", "")
if "workers.providers.factcheck.FactCheckProvider" in VERIFIER_PROVIDERS and not (
    VERIFIER_FACTCHECK_API_KEY
):
    raise ImproperlyConfigured("The fact-check provider needs VERIFIER_FACTCHECK_API_KEY.")
# {lang} is replaced by the claim's language code (or the default below when it has none).
VERIFIER_MEDIAWIKI_BASE = env_str("VERIFIER_MEDIAWIKI_BASE", "https://{lang}.wikipedia.org")
VERIFIER_MEDIAWIKI_DEFAULT_LANGUAGE = env_str("VERIFIER_MEDIAWIKI_DEFAULT_LANGUAGE", "en")
