-- Run once by the postgres image, when its data volume is empty: one database per subgraph, as a subgraph owns
-- its data (keep in step with schema/src/registry.ts; schema/test/docker-compose.test.ts checks it).
-- Each subgraph creates its tables itself on start (MikroORM migrations).
CREATE DATABASE veiinn_intake;
CREATE DATABASE veiinn_day_services;
CREATE DATABASE veiinn_work_centre;
CREATE DATABASE veiinn_arba;
CREATE DATABASE veiinn_nav;
