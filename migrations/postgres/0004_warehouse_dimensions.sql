-- Warehouse dimensions (seed 000 + seed 001).

CREATE TABLE warehouse.dim_languages (
    language_key       BIGSERIAL PRIMARY KEY,
    language_name      VARCHAR(50)  UNIQUE NOT NULL,
    language_category  VARCHAR(50),
    display_name       VARCHAR(100)
);
CREATE INDEX idx_dim_languages_name ON warehouse.dim_languages (language_name);

-- Pre-populated: seed 000's four, then the languages GitHub ranks daily.
INSERT INTO warehouse.dim_languages (language_name, language_category, display_name) VALUES
    ('Python', 'programming', 'Python'),
    ('TypeScript', 'programming', 'TypeScript'),
    ('Go', 'programming', 'Go'),
    ('render', 'ecosystem', 'Render ecosystem'),
    ('ActionScript', 'programming', 'ActionScript'),
    ('C', 'programming', 'C'),
    ('C#', 'programming', 'C#'),
    ('C++', 'programming', 'C++'),
    ('Clojure', 'programming', 'Clojure'),
    ('CoffeeScript', 'programming', 'CoffeeScript'),
    ('CSS', 'markup', 'CSS'),
    ('Dart', 'programming', 'Dart'),
    ('DM', 'programming', 'DM'),
    ('Elixir', 'programming', 'Elixir'),
    ('Groovy', 'programming', 'Groovy'),
    ('Haskell', 'programming', 'Haskell'),
    ('HTML', 'markup', 'HTML'),
    ('Java', 'programming', 'Java'),
    ('JavaScript', 'programming', 'JavaScript'),
    ('Julia', 'programming', 'Julia'),
    ('Kotlin', 'programming', 'Kotlin'),
    ('Lua', 'programming', 'Lua'),
    ('MATLAB', 'programming', 'MATLAB'),
    ('Objective-C', 'programming', 'Objective-C'),
    ('Perl', 'programming', 'Perl'),
    ('PHP', 'programming', 'PHP'),
    ('PowerShell', 'programming', 'PowerShell'),
    ('R', 'programming', 'R'),
    ('Ruby', 'programming', 'Ruby'),
    ('Rust', 'programming', 'Rust'),
    ('Scala', 'programming', 'Scala'),
    ('Shell', 'programming', 'Shell'),
    ('Swift', 'programming', 'Swift'),
    ('TeX', 'markup', 'TeX'),
    ('Vim Script', 'programming', 'Vim Script');

CREATE TABLE warehouse.dim_render_services (
    service_key       BIGSERIAL PRIMARY KEY,
    service_type      VARCHAR(50) UNIQUE NOT NULL,
    service_category  VARCHAR(50),
    description       TEXT
);

INSERT INTO warehouse.dim_render_services (service_type, service_category, description) VALUES
    ('web', 'compute', 'Web service reachable over HTTPS'),
    ('worker', 'compute', 'Long-running process without a public URL'),
    ('cron', 'compute', 'Job run on a cron schedule'),
    ('background-worker', 'compute', 'Background worker consuming a queue'),
    ('private-service', 'compute', 'Service reachable only inside the private network'),
    ('static-site', 'static', 'Static site served from a CDN'),
    ('postgres', 'datastore', 'Managed PostgreSQL database'),
    ('redis', 'datastore', 'Managed Redis / Key Value instance');

-- Tracked organisations and companies (seed 001 `companies`).
CREATE TABLE warehouse.dim_companies (
    company_key    BIGSERIAL PRIMARY KEY,
    company_name   VARCHAR(100) UNIQUE NOT NULL,   -- the GitHub login
    display_name   VARCHAR(200),
    is_tracked     BOOLEAN      NOT NULL DEFAULT true,
    tracked_since  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Repositories, SCD type 2: a change of description, README, language or
-- render category closes the current version and opens a new one.
CREATE TABLE warehouse.dim_repositories (
    repo_key         BIGSERIAL PRIMARY KEY,
    github_id        BIGINT       NOT NULL,
    node_id          VARCHAR(100),
    repo_full_name   VARCHAR(255) NOT NULL,
    owner            VARCHAR(100) NOT NULL,
    company_key      BIGINT REFERENCES warehouse.dim_companies (company_key),
    repo_url         VARCHAR(500),
    description      TEXT,
    readme_content   TEXT,
    language         VARCHAR(50),
    created_at       TIMESTAMPTZ,
    render_category  VARCHAR(50),
    topics           TEXT[]       NOT NULL DEFAULT '{}',
    license_spdx     VARCHAR(100),
    is_archived      BOOLEAN      NOT NULL DEFAULT false,
    valid_from       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    valid_to         TIMESTAMPTZ,
    is_current       BOOLEAN      NOT NULL DEFAULT true,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK (is_current = (valid_to IS NULL))
);
CREATE INDEX idx_dim_repos_fullname ON warehouse.dim_repositories (repo_full_name) WHERE is_current = TRUE;
-- At most one current version per repository.
CREATE UNIQUE INDEX uq_dim_repos_current ON warehouse.dim_repositories (github_id) WHERE is_current = TRUE;
CREATE INDEX idx_dim_repos_github_id ON warehouse.dim_repositories (github_id);
CREATE INDEX idx_dim_repos_company ON warehouse.dim_repositories (company_key) WHERE is_current = TRUE;

-- Which Render service types a repository's blueprint declares.
CREATE TABLE warehouse.bridge_repo_render_services (
    github_id    BIGINT NOT NULL,
    service_key  BIGINT NOT NULL REFERENCES warehouse.dim_render_services (service_key),
    service_count INTEGER NOT NULL DEFAULT 1 CHECK (service_count > 0),
    PRIMARY KEY (github_id, service_key)
);
