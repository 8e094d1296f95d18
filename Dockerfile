# Builds Fordra with the Maven wrapper and runs it on a JRE: docker compose up (see README).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q -DskipTests package && cp target/fordra-*.jar /fordra.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/fordra fordra && mkdir -p /var/lib/fordra && chown fordra /var/lib/fordra
USER fordra
WORKDIR /var/lib/fordra
COPY --from=build /fordra.jar /opt/fordra/fordra.jar
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/fordra/fordra.jar"]
