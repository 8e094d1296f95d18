package org.fordra.statements;

import org.springframework.data.jpa.repository.JpaRepository;

interface BankStatementRepository extends JpaRepository<BankStatement, Long> {}
